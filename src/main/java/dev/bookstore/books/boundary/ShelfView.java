package dev.bookstore.books.boundary;

import dev.bookstore.books.control.Catalog;
import dev.bookstore.books.control.DatabaseUnavailableException;
import dev.bookstore.books.entity.Book;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The shelf page's catalog, read in-process when the session's API token grants {@code read:books} ({@link ApiGrant});
 * problems become a message key ({@link ShelfProblems}). Adding a book is {@link AddBookView}.
 */
@Named
@RequestScoped
public class ShelfView {

    @Inject
    ApiGrant grant;

    @Inject
    Catalog catalog;

    private List<Book> books;
    private String problem;

    public List<Book> getBooks() {
        if (books == null && problem == null) {
            problem = grant.refusalOf("read:books").orElse(null);
            if (problem == null) {
                try {
                    books = catalog.all();
                } catch (DatabaseUnavailableException down) {
                    problem = "shelf.unavailable";
                }
            }
        }
        return books == null ? List.of() : books;
    }

    public String getProblem() {
        return problem;
    }
}
