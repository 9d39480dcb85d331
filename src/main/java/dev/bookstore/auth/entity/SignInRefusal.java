package dev.bookstore.auth.entity;

/**
 * Marks a callback request whose sign-in the app refused (request attribute, its value the reason).
 * Such a request is not signed in, whatever the mechanism had already set up for it.
 */
public final class SignInRefusal {

    public static final String ATTRIBUTE = SignInRefusal.class.getName();

    private SignInRefusal() {
    }
}
