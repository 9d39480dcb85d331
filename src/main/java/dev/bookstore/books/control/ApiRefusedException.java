package dev.bookstore.books.control;

/** The Bookstore API refused the request: the user's token (401), its scopes (403), the input (400), a duplicate (409). */
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
