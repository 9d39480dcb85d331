package dev.bookstore.books.boundary;

import dev.bookstore.books.control.ApiRefusedException;
import dev.bookstore.books.control.BooksClient;
import dev.bookstore.books.entity.Book;
import dev.bookstore.profile.boundary.CurrentUser;
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
 * The shelf: the catalog read through the Bookstore API with the user's access token, and for admins
 * a form that adds a book through the API. Problems become a message key ({@link ShelfProblems}).
 */
@Named
@RequestScoped
public class ShelfView {

    @Inject
    AccessTokens tokens;

    @Inject
    BooksClient api;

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
        if (books == null && problem == null) {
            books = call(api::list);
        }
        return books == null ? List.of() : books;
    }

    /**
     * Adds through the API, then redirects so the new list is read afresh and a reload adds nothing twice. An admin
     * action: the sign-in must be recent (ADMIN_MAX_AGE), or the page offers to confirm it's them first.
     */
    public String add() {
        if (!currentUser.isRecentlySignedIn()) {
            problem = "shelf.confirmFirst";
            return null;
        }
        Book book = call(token -> api.add(token, title, author));
        return book == null ? null : "/shelf.xhtml?faces-redirect=true&added=" + book.id();
    }

    private interface ApiCall<T> {
        T run(String accessToken) throws IOException, ApiRefusedException;
    }

    private <T> T call(ApiCall<T> call) {
        try {
            return call.run(tokens.forApi(request.getSession()).value());
        } catch (IOException | ApiRefusedException | SignInAgainException | TokenRefusedException failed) {
            problem = problems.of(failed, request);
            return null;
        }
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
