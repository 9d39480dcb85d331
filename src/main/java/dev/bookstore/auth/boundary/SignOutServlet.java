package dev.bookstore.auth.boundary;

import dev.bookstore.auth.control.LogtoConfiguration;
import dev.bookstore.auth.control.SameOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the local session and, through the mechanism's logout definition, Logto's session too: the browser
 * goes to Logto's end-session endpoint and comes back to the home page. POST only, same origin only, so
 * no other site can sign a user out.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    @Inject
    LogtoConfiguration configuration;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!SameOrigin.of(configuration.settings().baseUrl()).accepts(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        HttpSession session = request.getSession(false);
        request.logout();
        if (session != null) {
            invalidate(session);
        }
        if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + "/");
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
