package dev.bookstore.logto.control;

import com.nimbusds.jose.KeySourceException;

/**
 * A token this app does not accept (OAuth's {@code invalid_token}), or one whose keys could not be read; the reason
 * is for the log. Its opposite number is {@code TokenRefusedException}: Logto refusing to issue a token.
 */
public class InvalidTokenException extends Exception {

    public InvalidTokenException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public InvalidTokenException(String reason) {
        super(reason);
    }

    /** Logto's key set could not be read (it failed or hung): the token is not known to be bad. */
    public boolean keysUnavailable() {
        return getCause() instanceof KeySourceException || getCause() instanceof java.io.IOException;
    }
}
