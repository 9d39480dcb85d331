package dev.bookstore.books.boundary;

import dev.bookstore.books.control.DatabaseUnavailableException;
import dev.bookstore.books.control.Shelves;
import dev.bookstore.books.entity.Book;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in user's own shelf on the shelf page: the books they keep, put on and taken off by buttons. The
 * user is the session's, by their Logto user id: no request parameter can name anyone else. With the database down
 * the page says so and answers 503, rather than failing: the outage is logged once, not with each page view.
 */
@Named
@RequestScoped
public class MyShelfView {

    @Inject
    Shelves shelves;

    @Inject
    HttpServletRequest request;

    private List<Book> mine;
    private boolean unavailable;

    /** Before the page is written, so that its status can still be 503 when the database is down. */
    public void load() {
        getBooks();
    }

    public List<Book> getBooks() {
        if (mine == null) {
            mine = List.of();
            subject().ifPresent(subject -> reach(() -> mine = shelves.of(subject)));
        }
        return mine;
    }

    public boolean holds(String bookId) {
        return getBooks().stream().anyMatch(book -> book.id().equals(bookId));
    }

    /** Then a redirect, so that a reload does not send the form again; the same page again when it did not happen. */
    public String put(String bookId) {
        return subject().map(subject -> reach(() -> shelves.put(subject, bookId))).orElse(true)
                ? "/shelf.xhtml?faces-redirect=true" : null;
    }

    public String takeOff(String bookId) {
        return subject().map(subject -> reach(() -> shelves.takeOff(subject, bookId))).orElse(true)
                ? "/shelf.xhtml?faces-redirect=true" : null;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    /** @return whether the database answered */
    private boolean reach(Runnable work) {
        try {
            work.run();
            return true;
        } catch (DatabaseUnavailableException down) {
            unavailable = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(503);
            return false;
        }
    }

    private Optional<String> subject() {
        return SessionProfile.of(request).map(UserProfile::subject);
    }
}
