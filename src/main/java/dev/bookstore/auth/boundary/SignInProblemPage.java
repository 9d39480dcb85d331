package dev.bookstore.auth.boundary;

import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.web.boundary.ErrorView;
import dev.bookstore.web.control.RequestId;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/** Renders the friendly page for a sign-in that did not complete, and logs why under a request id. */
final class SignInProblemPage {

    static final String PROBLEM_ATTRIBUTE = SignInProblem.class.getName();
    private static final String PAGE = "/WEB-INF/errorpages/sign-in-problem.xhtml";
    private static final Logger LOG = Logger.getLogger(SignInProblemPage.class.getName());

    private SignInProblemPage() {
    }

    static void show(HttpServletRequest request, HttpServletResponse response, SignInProblem problem, String reason)
            throws ServletException, IOException {
        LOG.warning(() -> "Sign-in " + problem + " [request " + RequestId.of(request) + "]: " + reason);
        response.setStatus(problem.status());
        request.setAttribute(ErrorView.STATUS_ATTRIBUTE, problem.status());
        response.setHeader("Cache-Control", "no-store");
        request.setAttribute(PROBLEM_ATTRIBUTE, problem);
        request.getRequestDispatcher(PAGE).forward(request, response);
    }
}
