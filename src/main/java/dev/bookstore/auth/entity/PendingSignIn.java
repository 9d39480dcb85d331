package dev.bookstore.auth.entity;

import java.io.Serializable;

/** A sign-in that left for Logto and has not come back yet, kept in the HTTP session: where to, and how to start it again. */
public record PendingSignIn(SignInIntent intent, String returnTo) implements Serializable {

    public static final String SESSION_ATTRIBUTE = PendingSignIn.class.getName();
}
