package dev.bookstore.books.boundary;

import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.tokens.control.SignInAgainException;
import dev.bookstore.tokens.control.TokenRefusedException;
import dev.bookstore.web.control.RequestId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;

/**
 * What a failure to get the shelf page's access token for the Bookstore API means: for the user a message key (never
 * an exception page), for ops a log line when they must act.
 */
@ApplicationScoped
public class ShelfProblems {

    private static final Logger LOG = Logger.getLogger(ShelfProblems.class.getName());

    @Inject
    AppConfiguration configuration;

    /**
     * @param failure what getting the access token threw: {@link SignInAgainException}, {@link TokenRefusedException},
     *                or an {@link java.io.IOException} when Logto could not be reached
     * @return the key of the page's message
     */
    String of(Exception failure, HttpServletRequest request) {
        if (failure instanceof SignInAgainException) {
            // The next /sign-in starts afresh instead of taking the user for signed in.
            request.getSession().removeAttribute(UserProfile.SESSION_ATTRIBUTE);
            return "shelf.signInAgain";
        } else if (failure instanceof TokenRefusedException refused) {
            return "invalid_target".equals(refused.error()) ? apiNotSetUp(request) : "shelf.notAllowed";
        }
        LOG.warning(() -> "Shelf unavailable [request " + RequestId.of(request) + "]: " + failure.getMessage());
        return "shelf.unavailable";
    }

    /** Logto lacks the API resource (users then sign in without it): ops, not the user, must act. */
    private String apiNotSetUp(HttpServletRequest request) {
        LOG.severe(() -> "Shelf unavailable [request " + RequestId.of(request) + "]: Logto has no such API resource: "
                + configuration.settings().apiResourceStep() + ", then sign in again");
        return "shelf.apiNotSetUp";
    }
}
