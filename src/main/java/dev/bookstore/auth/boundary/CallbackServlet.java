package dev.bookstore.auth.boundary;

import dev.bookstore.auth.control.AuthorizationProbe;
import dev.bookstore.auth.control.AuthorizeErrors;
import dev.bookstore.auth.entity.AuthorizeVerdict;
import dev.bookstore.auth.entity.CallbackOutcome;
import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.ground.control.AppConfiguration;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Logto's redirect URI, step 7 of the sign-in ({@link SignInFlow}, which hands it a {@link CallbackOutcome}): a
 * redirect to the page asked for, which takes code and state out of the address bar, or a friendly page saying why
 * not. Logto's own error callbacks come here without passing the mechanism.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

    @Inject
    SignInProblemPage problemPage;

    @Inject
    AuthorizationProbe probe;

    @Inject
    AppConfiguration configuration;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        String error = request.getParameter("error");
        CallbackOutcome outcome = request.getAttribute(CallbackOutcome.ATTRIBUTE) instanceof CallbackOutcome decided ? decided : null;
        if (error != null) {
            if (session != null) {
                session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
            }
            refusedByLogto(request, response, pending, printable(error));
        } else if (outcome != null && outcome.isAccepted()) {
            response.setHeader("Cache-Control", "no-store");
            response.sendRedirect(request.getContextPath() + outcome.returnTo());
        } else if (outcome != null) {
            // A refused callback leaves the pending sign-in alone: a forged request must not cancel the real one.
            undoMechanismSignIn(request, response, outcome.kind() == CallbackOutcome.Kind.REFUSED);
            problemPage.show(request, response, outcome.refusal().problem(), "callback refused: " + outcome.refusal().reason());
        } else if (pending == null) {
            problemPage.show(request, response, SignInProblem.NOT_IN_PROGRESS,
                    "callback without a sign-in in progress in this browser (replayed, forged or stale)");
        } else {
            problemPage.show(request, response, SignInProblem.FAILED, "callback without state or code");
        }
    }

    /**
     * Logto sent the user back with an error. Anyone can send a browser here with any error, so one that blames
     * the app's set-up is believed only once Logto itself confirms it (AuthorizationProbe). If what is missing
     * is the API resource, the user's sign-in starts again without it.
     */
    private void refusedByLogto(HttpServletRequest request, HttpServletResponse response, PendingSignIn pending,
                                String error) throws ServletException, IOException {
        SignInProblem problem = AuthorizeErrors.problem(error);
        if (problem == SignInProblem.MISCONFIGURED) {
            AuthorizeVerdict verdict = probe.recheck();
            if (verdict.kind() == AuthorizeVerdict.Kind.API_RESOURCE_MISSING && pending != null) {
                response.sendRedirect(request.getContextPath() + pending.intent().route() + "?returnTo="
                        + URLEncoder.encode(pending.returnTo(), StandardCharsets.UTF_8));
                return;
            }
            if (verdict.kind() != AuthorizeVerdict.Kind.MISCONFIGURED && verdict.kind() != AuthorizeVerdict.Kind.API_RESOURCE_MISSING) {
                problem = SignInProblem.FAILED; // not confirmed by Logto: forged, or already mended
            }
        }
        problemPage.show(request, response, problem, problem == SignInProblem.MISCONFIGURED
                ? AuthorizeErrors.fix(error, configuration.settings()) : "Logto answered error=" + error);
    }

    /**
     * The mechanism has already noted its sign-in for a callback the app then refused; nothing is sent yet, so its
     * cookie leaves the response. A refused sign-in also ends the session; an unconfirmed "confirm it's you" leaves
     * the session's own sign-in as it was. request.logout() is no use here: it always answers with a redirect.
     */
    private static void undoMechanismSignIn(HttpServletRequest request, HttpServletResponse response, boolean endSession) {
        if (request.getUserPrincipal() == null) {
            return;
        }
        response.reset();
        HttpSession session = request.getSession(false);
        if (endSession && session != null) {
            session.invalidate();
        }
    }

    /** Logto's error codes are short tokens; anything else is cut so a crafted value cannot forge log lines. */
    private static String printable(String value) {
        String cleaned = value.replaceAll("[^A-Za-z0-9_.-]", "?");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) : cleaned;
    }
}
