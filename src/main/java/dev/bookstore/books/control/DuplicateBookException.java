package dev.bookstore.books.control;

/** The catalog already lists this book (same title and author, whatever the case). */
public class DuplicateBookException extends Exception {

    public DuplicateBookException(NewBook book) {
        super("the catalog already lists \"" + book.title() + "\" by " + book.author());
    }
}
