package dev.bookstore.books.boundary;

import dev.bookstore.tokens.control.AccessTokens;
import dev.bookstore.tokens.control.SignInAgainException;
import dev.bookstore.tokens.control.TokenRefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * What the session's access token for the Bookstore API grants (obtained from Logto once, then cached by
 * {@link AccessTokens}): the pages do what the API would let the same token do (docs/ARCHITECTURE.md, "Pages and the API").
 */
@RequestScoped
public class ApiGrant {

    @Inject
    AccessTokens tokens;

    @Inject
    HttpServletRequest request;

    @Inject
    ShelfProblems problems;

    /** @return the message key of why the token does not grant {@code scope}, or empty when it does */
    Optional<String> refusalOf(String scope) {
        try {
            return tokens.forApi(request.getSession()).scopes().contains(scope) ? Optional.empty()
                    : Optional.of("shelf.notAllowed");
        } catch (IOException | SignInAgainException | TokenRefusedException failed) {
            return Optional.of(problems.of(failed, request));
        }
    }
}
