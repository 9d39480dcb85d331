package dev.bookstore.books.boundary;

import dev.bookstore.books.control.Catalog;
import dev.bookstore.books.control.DatabaseUnavailableException;
import dev.bookstore.books.control.DuplicateBookException;
import dev.bookstore.books.control.NewBook;
import dev.bookstore.books.entity.Book;
import dev.bookstore.profile.boundary.CurrentUser;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The shelf page's form that adds a book to the catalog: for admins whose API token grants {@code write:books}
 * ({@link ApiGrant}) and whose sign-in is recent (ADMIN_MAX_AGE), or the page offers to confirm it's them first.
 */
@Named
@RequestScoped
public class AddBookView {

    @Inject
    ApiGrant grant;

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpServletRequest request;

    private String problem;
    private String title;
    private String author;

    /** Adds, then redirects so the new list is read afresh and a reload adds nothing twice. */
    public String add() {
        problem = !currentUser.isRecentlySignedIn() ? "shelf.confirmFirst" : grant.refusalOf("write:books")
                .orElse(NewBook.problems(title, author).isEmpty() ? null : "shelf.invalid");
        if (problem != null) {
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
