package dev.bookstore.auth.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * A sign-in that left for Logto and has not come back yet, kept in the HTTP session (so the callback may land on
 * any cluster member): where to, how to start it again, its PKCE key, the nonce the app sends (which the code
 * exchange checks the ID token against; Liberty's own is switched off), and the
 * W3C traceparent of its start (null when not traced), so that its callback joins the same trace.
 */
public record PendingSignIn(SignInIntent intent, String returnTo, ProofKey proofKey, String nonce, Instant startedAt,
                            String traceParent) implements Serializable {

    // Not compared for records (Java serialization spec 1.13): they are read by component name; see RollingUpgradeTest
    private static final long serialVersionUID = 1L;

    public static final String SESSION_ATTRIBUTE = PendingSignIn.class.getName();

    public static PendingSignIn start(SignInIntent intent, String returnTo, String traceParent) {
        return new PendingSignIn(intent, returnTo, ProofKey.generate(), ProofKey.nonce(), Instant.now(), traceParent);
    }
}
