package dev.bookstore.books.control;

/** The Bookstore API refused the user's token (401) or its scopes (403). */
public class ApiRefusedException extends Exception {

    private final int status;

    public ApiRefusedException(int status) {
        super("the Bookstore API answered HTTP " + status);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
