package dev.bookstore.books.boundary;

import dev.bookstore.books.control.Shelves;
import dev.bookstore.books.entity.Book;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in user's own shelf on the shelf page: the books they keep, put on and taken off by buttons. The
 * user is the session's, by their Logto user id: no request parameter can name anyone else.
 */
@Named
@RequestScoped
public class MyShelfView {

    @Inject
    Shelves shelves;

    @Inject
    HttpServletRequest request;

    private List<Book> mine;

    public List<Book> getBooks() {
        if (mine == null) {
            mine = SessionProfile.of(request).map(profile -> shelves.of(profile.subject())).orElse(List.of());
        }
        return mine;
    }

    public boolean holds(String bookId) {
        return getBooks().stream().anyMatch(book -> book.id().equals(bookId));
    }

    /** Then a redirect, so that a reload does not send the form again. */
    public String put(String bookId) {
        subject().ifPresent(subject -> shelves.put(subject, bookId));
        return "/shelf.xhtml?faces-redirect=true";
    }

    public String takeOff(String bookId) {
        subject().ifPresent(subject -> shelves.takeOff(subject, bookId));
        return "/shelf.xhtml?faces-redirect=true";
    }

    private Optional<String> subject() {
        return SessionProfile.of(request).map(UserProfile::subject);
    }
}
