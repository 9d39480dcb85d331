package dev.bookstore.books.boundary;

import dev.bookstore.books.control.DatabaseUnavailableException;
import dev.bookstore.books.control.UserData;
import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.web.control.SameOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The right to erasure, from the profile page: once confirmed, every row the Bookstore keeps of the signed-in user
 * goes (their shelf; their id on books they added, which stay in the catalog), then the user is signed out as by
 * the sign-out button. POST from this site only.
 */
@WebServlet("/erase-my-data")
public class EraseMyDataServlet extends HttpServlet {

    @Inject
    UserData userData;

    @Inject
    AppConfiguration configuration;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!SameOrigin.of(configuration.settings().baseUrl()).accepts(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<UserProfile> user = SessionProfile.of(request);
        if (user.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/sign-in?returnTo=%2Fprofile");
            return;
        }
        if (!"yes".equals(request.getParameter("confirm"))) {
            response.sendRedirect(request.getContextPath() + "/profile?erase=unconfirmed");
            return;
        }
        try {
            userData.erase(user.get().subject(), "at their request");
        } catch (DatabaseUnavailableException down) {
            // Nothing erased, nobody signed out: the 503 page asks to try again; the outage is logged once, elsewhere.
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        request.getRequestDispatcher("/sign-out").forward(request, response);
    }
}
