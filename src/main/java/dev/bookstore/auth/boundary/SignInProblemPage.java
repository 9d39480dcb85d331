package dev.bookstore.auth.boundary;

import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.ground.control.BookstoreMetrics;
import dev.bookstore.web.boundary.ErrorView;
import dev.bookstore.web.control.RequestId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/** Renders the friendly page for a sign-in that did not complete, logs why under a request id, and counts it. */
@ApplicationScoped
class SignInProblemPage {

    static final String PROBLEM_ATTRIBUTE = SignInProblem.class.getName();
    private static final String PAGE = "/WEB-INF/errorpages/sign-in-problem.xhtml";
    private static final Logger LOG = Logger.getLogger(SignInProblemPage.class.getName());

    @Inject
    BookstoreMetrics metrics;

    void show(HttpServletRequest request, HttpServletResponse response, SignInProblem problem, String reason)
            throws ServletException, IOException {
        LOG.warning(() -> "Sign-in " + problem + " [request " + RequestId.of(request) + "]: " + reason);
        metrics.signInRefused(label(problem, reason));
        response.setStatus(problem.status());
        request.setAttribute(ErrorView.STATUS_ATTRIBUTE, problem.status());
        response.setHeader("Cache-Control", "no-store");
        request.setAttribute(PROBLEM_ATTRIBUTE, problem);
        request.getRequestDispatcher(PAGE).forward(request, response);
    }

    /** The metric's reason: one of a few fixed words, read from the app's own reasons (never from the request). */
    static String label(SignInProblem problem, String reason) {
        return switch (problem) {
            case CANCELLED -> "cancelled";
            case NOT_IN_PROGRESS -> "state";
            case UNAVAILABLE -> "logto_unavailable";
            case MISCONFIGURED -> "misconfigured";
            case FAILED -> reason.contains("ID token") ? "id_token"
                    : reason.contains("state") ? "state"
                    : reason.contains("Logto") ? "logto_refused" : "failed";
        };
    }
}
