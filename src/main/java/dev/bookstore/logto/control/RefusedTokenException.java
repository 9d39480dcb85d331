package dev.bookstore.logto.control;

/** A token signed by Logto that this app does not accept, or whose keys could not be read; the reason is for the log. */
public class RefusedTokenException extends Exception {

    public RefusedTokenException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
