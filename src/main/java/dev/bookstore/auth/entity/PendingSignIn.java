package dev.bookstore.auth.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * A sign-in that left for Logto and has not come back yet, kept in the HTTP session (so the callback may land on
 * any cluster member): where to, how to start it again, its PKCE key, and the nonce Liberty's mechanism sent
 * (null until the browser is on its way to Logto), which the code exchange checks the ID token against.
 */
public record PendingSignIn(SignInIntent intent, String returnTo, ProofKey proofKey, String nonce, Instant startedAt)
        implements Serializable {

    public static final String SESSION_ATTRIBUTE = PendingSignIn.class.getName();

    public static PendingSignIn start(SignInIntent intent, String returnTo) {
        return new PendingSignIn(intent, returnTo, ProofKey.generate(), null, Instant.now());
    }

    public PendingSignIn withNonce(String sentNonce) {
        return new PendingSignIn(intent, returnTo, proofKey, sentNonce, startedAt);
    }
}
