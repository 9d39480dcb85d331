package dev.bookstore.auth.entity;

import java.io.Serializable;
import java.time.Instant;

/** A sign-in that left for Logto and has not come back yet; kept in the HTTP session. */
public record PendingSignIn(SignInIntent intent, String returnTo, Instant startedAt) implements Serializable {

    public static final String SESSION_ATTRIBUTE = PendingSignIn.class.getName();
}
