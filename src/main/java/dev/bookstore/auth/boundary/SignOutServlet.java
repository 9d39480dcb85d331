package dev.bookstore.auth.boundary;

import dev.bookstore.ground.control.BookstoreMetrics;
import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.tokens.control.TokenEndpointClient;
import dev.bookstore.tokens.entity.UserTokens;
import dev.bookstore.web.control.SameOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Revokes the refresh token, ends the local session and, through the mechanism's logout definition,
 * Logto's session too: the browser
 * goes to Logto's end-session endpoint and comes back to the home page. POST only, same origin only, so
 * no other site can sign a user out.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SignOutServlet.class.getName());

    @Inject
    AppConfiguration configuration;

    @Inject
    TokenEndpointClient logto;

    @Inject
    BookstoreMetrics metrics;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!SameOrigin.of(configuration.settings().baseUrl()).accepts(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        HttpSession session = request.getSession(false);
        metrics.signedOut();
        revokeRefreshToken(session);
        request.logout();
        if (session != null) {
            invalidate(session);
        }
        if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + "/");
        }
    }

    /** A refresh token outlives Logto's session: end the grant itself, as Logto's JS SDK does. */
    private void revokeRefreshToken(HttpSession session) {
        if (session != null && session.getAttribute(UserTokens.SESSION_ATTRIBUTE) instanceof UserTokens tokens) {
            try {
                logto.revoke(tokens.refreshToken());
            } catch (IOException unreachable) {
                LOG.warning(() -> "Could not revoke the refresh token at sign-out: " + unreachable.getMessage());
            }
        }
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // logout() may have ended it already
        }
    }
}
