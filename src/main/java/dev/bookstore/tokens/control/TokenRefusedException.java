package dev.bookstore.tokens.control;

/** Logto refused a token the user may simply not be entitled to (e.g. not a member of that organization). */
public class TokenRefusedException extends Exception {

    private final String error;

    public TokenRefusedException(String error, String message) {
        super(message);
        this.error = error;
    }

    /** The OAuth error code, e.g. {@code access_denied}, {@code insufficient_scope}, {@code invalid_target}. */
    public String error() {
        return error;
    }
}
