package dev.bookstore.books.boundary;

import dev.bookstore.books.control.ApiRefusedException;
import dev.bookstore.books.control.BooksClient;
import dev.bookstore.books.entity.Book;
import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.profile.boundary.CurrentUser;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.tokens.control.AccessTokens;
import dev.bookstore.tokens.control.SignInAgainException;
import dev.bookstore.tokens.control.TokenRefusedException;
import dev.bookstore.web.control.RequestId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;

/**
 * The shelf: the catalog read through the Bookstore API with the user's access token, and for admins
 * a form that adds a book through the API. Problems become a message key, never an exception page.
 */
@Named
@RequestScoped
public class ShelfView {

    private static final Logger LOG = Logger.getLogger(ShelfView.class.getName());

    @Inject
    AccessTokens tokens;

    @Inject
    BooksClient api;

    @Inject
    HttpServletRequest request;

    @Inject
    AppConfiguration configuration;

    @Inject
    CurrentUser currentUser;

    private List<Book> books;
    private String problem;
    private String title;
    private String author;

    public List<Book> getBooks() {
        if (books == null && problem == null) {
            books = call(() -> api.list(tokens.forApi(request.getSession()).value()));
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
        Book book = call(() -> api.add(tokens.forApi(request.getSession()).value(), title, author));
        return book == null ? null : "/shelf.xhtml?faces-redirect=true&added=" + book.id();
    }

    private interface ApiCall<T> {
        T run() throws IOException, ApiRefusedException, SignInAgainException, TokenRefusedException;
    }

    private <T> T call(ApiCall<T> call) {
        try {
            return call.run();
        } catch (SignInAgainException over) {
            // The next /sign-in starts afresh instead of taking the user for signed in.
            request.getSession().removeAttribute(UserProfile.SESSION_ATTRIBUTE);
            problem = "shelf.signInAgain";
        } catch (TokenRefusedException refused) {
            problem = "invalid_target".equals(refused.error()) ? apiNotSetUp() : "shelf.notAllowed";
        } catch (ApiRefusedException refused) {
            problem = switch (refused.status()) {
                case 409 -> "shelf.duplicate";
                case 400 -> "shelf.invalid";
                case 503 -> "shelf.unavailable";
                default -> "shelf.notAllowed";
            };
        } catch (IOException unavailable) {
            LOG.warning(() -> "Shelf unavailable [request " + RequestId.of(request) + "]: " + unavailable.getMessage());
            problem = "shelf.unavailable";
        }
        return null;
    }

    /** Logto lacks the API resource (users then sign in without it): ops, not the user, must act. */
    private String apiNotSetUp() {
        LOG.severe(() -> "Shelf unavailable [request " + RequestId.of(request) + "]: Logto has no such API resource: "
                + configuration.settings().apiResourceStep() + ", then sign in again");
        return "shelf.apiNotSetUp";
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
