package dev.bookstore.books.boundary;

import dev.bookstore.books.control.Catalog;
import dev.bookstore.books.control.DatabaseUnavailableException;
import dev.bookstore.books.control.DuplicateBookException;
import dev.bookstore.books.control.NewBook;
import dev.bookstore.books.entity.Book;
import dev.bookstore.profile.boundary.CurrentUser;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.tokens.control.AccessTokens;
import dev.bookstore.tokens.control.SignInAgainException;
import dev.bookstore.tokens.control.TokenRefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;

/**
 * The shelf page's catalog, and for admins a form that adds a book. What the reader may do is what Logto's access
 * token for the Bookstore API grants ({@code read:books}, {@code write:books}), the same grant the API checks; the
 * catalog itself is read in-process, not through the API (docs/ARCHITECTURE.md, "Pages and the API"). Problems become
 * a message key ({@link ShelfProblems}).
 */
@Named
@RequestScoped
public class ShelfView {

    @Inject
    AccessTokens tokens;

    @Inject
    Catalog catalog;

    @Inject
    HttpServletRequest request;

    @Inject
    ShelfProblems problems;

    @Inject
    CurrentUser currentUser;

    private List<Book> books;
    private String problem;
    private String title;
    private String author;

    public List<Book> getBooks() {
        if (books == null && problem == null && granted("read:books")) {
            try {
                books = catalog.all();
            } catch (DatabaseUnavailableException down) {
                problem = "shelf.unavailable";
            }
        }
        return books == null ? List.of() : books;
    }

    /**
     * Adds, then redirects so the new list is read afresh and a reload adds nothing twice. An admin action: the
     * sign-in must be recent (ADMIN_MAX_AGE), or the page offers to confirm it's them first.
     */
    public String add() {
        if (!currentUser.isRecentlySignedIn()) {
            problem = "shelf.confirmFirst";
            return null;
        }
        if (!granted("write:books")) {
            return null;
        }
        if (!NewBook.problems(title, author).isEmpty()) {
            problem = "shelf.invalid";
            return null;
        }
        String subject = SessionProfile.of(request).map(UserProfile::subject).orElseThrow();
        try {
            Book book = catalog.add(NewBook.of(title, author), subject);
            return "/shelf.xhtml?faces-redirect=true&added=" + book.id();
        } catch (DuplicateBookException listed) {
            problem = "shelf.duplicate";
        } catch (DatabaseUnavailableException down) {
            problem = "shelf.unavailable";
        }
        return null;
    }

    /** Whether the session's API token (obtained from Logto once, then cached) grants {@code scope}. */
    private boolean granted(String scope) {
        try {
            if (tokens.forApi(request.getSession()).scopes().contains(scope)) {
                return true;
            }
            problem = "shelf.notAllowed";
        } catch (IOException | SignInAgainException | TokenRefusedException failed) {
            problem = problems.of(failed, request);
        }
        return false;
    }

    public String getProblem() {
        return problem;
    }

    public boolean isAdded() {
        return request.getParameter("added") != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }
}
