package dev.bookstore.auth.entity;

/**
 * A callback whose sign-in the app refused (a request attribute): which page it gets and why (for the log).
 * Such a request is not signed in, whatever the mechanism had already set up for it.
 */
public record SignInRefusal(SignInProblem problem, String reason) {

    public static final String ATTRIBUTE = SignInRefusal.class.getName();
}
