package dev.bookstore.books.control;

/** The Bookstore API refused the user's token (401) or its scopes (403). */
public class ApiRefusedException extends Exception {

    public ApiRefusedException(int status) {
        super("the Bookstore API answered HTTP " + status);
    }
}
