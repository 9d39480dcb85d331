package dev.bookstore.tokens.control;

/** Logto no longer honours the user's grant (invalid_grant, or no refresh token): only a new sign-in helps. */
public class SignInAgainException extends Exception {

    public SignInAgainException(String message) {
        super(message);
    }
}
