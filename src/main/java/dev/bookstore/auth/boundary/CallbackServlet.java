package dev.bookstore.auth.boundary;

import dev.bookstore.auth.control.AuthorizationProbe;
import dev.bookstore.auth.control.AuthorizeErrors;
import dev.bookstore.auth.entity.AuthorizeVerdict;
import dev.bookstore.auth.entity.CallbackOutcome;
import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.auth.entity.SignInIntent;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.auth.entity.SignInRefusal;
import dev.bookstore.sessions.control.SignedInSessions;
import dev.bookstore.ground.control.BookstoreMetrics;
import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.tokens.entity.UserTokens;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Logto's redirect URI. By the time this runs, the mechanism has checked {@code state}, exchanged the code
 * and verified the ID token; this servlet finishes the sign-in for the app: a fresh session id (no
 * fixation), the user's profile in the session, and a redirect that takes code and state out of the
 * address bar. Anything else that arrives here gets a clear page and no session. The whole sign-in, drawn as a
 * sequence, is on {@link CallbackGuard}, which hands this servlet its {@link CallbackOutcome}.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

    @Inject
    SignInProblemPage problemPage;

    @Inject
    BookstoreMetrics metrics;

    @Inject
    SignedInSessions sessions;

    @Inject
    AuthorizationProbe probe;

    @Inject
    AppConfiguration configuration;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        String error = request.getParameter("error");
        if (error != null) {
            forget(session);
            refusedByLogto(request, response, pending, printable(error));
        } else if (pending == null) {
            problemPage.show(request, response, SignInProblem.NOT_IN_PROGRESS,
                    "callback without a sign-in in progress in this browser (replayed, forged or stale)");
        } else if (!(request.getAttribute(CallbackOutcome.ATTRIBUTE) instanceof CallbackOutcome outcome)) {
            problemPage.show(request, response, SignInProblem.FAILED, "callback without state or code");
        } else if (outcome.isRefused()) {
            // A refused callback leaves the pending sign-in alone: a forged request must not cancel the real one.
            if (request.getUserPrincipal() != null) {
                undoSignIn(request, response);
            }
            SignInRefusal refusal = outcome.refusal();
            problemPage.show(request, response, refusal.problem(), "callback refused: " + refusal.reason());
        } else if (pending.intent() == SignInIntent.CONFIRM && unconfirmed(session, outcome.profile()).isPresent()) {
            forget(session);
            response.reset(); // the mechanism's cookie for this sign-in goes; the session's own sign-in stays as it was
            problemPage.show(request, response, SignInProblem.FAILED,
                    "confirming it's them: " + unconfirmed(session, outcome.profile()).get());
        } else {
            forget(session);
            finishSignIn(request, response, outcome, pending.returnTo());
            metrics.signInCompleted(Duration.between(pending.startedAt(), Instant.now()));
        }
    }

    /**
     * Why a "confirm it's you" sign-in (admin pages, ADMIN_MAX_AGE) does not count, if it does not: it must come back as
     * the user of this session, and Logto must say it authenticated them just now ({@code auth_time}).
     */
    private Optional<String> unconfirmed(HttpSession session, UserProfile confirmed) {
        if (session.getAttribute(UserProfile.SESSION_ATTRIBUTE) instanceof UserProfile before
                && !before.subject().equals(confirmed.subject())) {
            return Optional.of("Logto signed in another user than the one of this session");
        }
        if (!confirmed.authenticatedWithin(configuration.settings().adminMaxAge(), Instant.now())) {
            return Optional.of("Logto's auth_time is older than ADMIN_MAX_AGE: it did not authenticate the user again");
        }
        return Optional.empty();
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
     * The mechanism has already added its sign-in cookie for a callback the app then refused (userinfo
     * about someone else). Nothing is sent yet: drop the cookie from the response and end the session.
     * request.logout() is no use here: it always answers with a redirect.
     */
    private static void undoSignIn(HttpServletRequest request, HttpServletResponse response) {
        response.reset();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static void forget(HttpSession session) {
        if (session != null) {
            session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        }
    }

    /** Steps 5 and 6 of the sign-in (see {@link CallbackGuard}): a fresh session id, then the page asked for. */
    private void finishSignIn(HttpServletRequest request, HttpServletResponse response, CallbackOutcome accepted,
                              String returnTo) throws IOException {
        UserProfile profile = accepted.profile();
        request.changeSessionId();
        request.getSession().setAttribute(UserProfile.SESSION_ATTRIBUTE, profile);
        request.getSession().setAttribute(UserTokens.SESSION_ATTRIBUTE, accepted.tokens());
        sessions.signedIn(request.getSession(), profile.subject(), profile.logtoSession());
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + returnTo);
    }

    /** Logto's error codes are short tokens; anything else is cut so a crafted value cannot forge log lines. */
    private static String printable(String value) {
        String cleaned = value.replaceAll("[^A-Za-z0-9_.-]", "?");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) : cleaned;
    }
}
