package dev.bookstore.logto.control;

/**
 * A token this app does not accept (OAuth's {@code invalid_token}), or one whose keys could not be read; the reason
 * is for the log. Its opposite number is {@code TokenRefusedException}: Logto refusing to issue a token.
 */
public class InvalidTokenException extends Exception {

    public InvalidTokenException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
