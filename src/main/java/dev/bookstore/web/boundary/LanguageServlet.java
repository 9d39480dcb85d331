package dev.bookstore.web.boundary;

import dev.bookstore.web.control.ReturnTo;
import dev.bookstore.web.entity.Language;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /language?lang=ko&returnTo=/profile}: the visitor's choice, kept for the session, then back. */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language.forTag(request.getParameter("lang"))
                .ifPresent(language -> request.getSession().setAttribute(Language.SESSION_ATTRIBUTE, language));
        response.sendRedirect(request.getContextPath() + ReturnTo.sanitize(request.getParameter("returnTo")));
    }
}
