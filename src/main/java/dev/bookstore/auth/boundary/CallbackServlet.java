package dev.bookstore.auth.boundary;

import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.profile.control.SignedInUsers;
import dev.bookstore.profile.entity.SignedInUser;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Logto's redirect URI. By the time this runs, the mechanism has checked {@code state}, exchanged the code
 * and verified the ID token; this servlet finishes the sign-in for the app: a fresh session id (no
 * fixation), the user's profile in the session, and a redirect that takes code and state out of the
 * address bar. Anything else that arrives here (see {@link CallbackGuard}) gets a clear page and no session.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

    @Inject
    OpenIdContext openIdContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        String error = request.getParameter("error");
        if (error != null) {
            forget(session);
            SignInProblem problem = "access_denied".equals(error) ? SignInProblem.CANCELLED : SignInProblem.FAILED;
            SignInProblemPage.show(request, response, problem, "Logto answered error=" + printable(error));
        } else if (pending == null) {
            SignInProblemPage.show(request, response, SignInProblem.NOT_IN_PROGRESS,
                    "callback without a sign-in in progress in this browser (replayed, forged or stale)");
        } else if (request.getAttribute(CallbackGuard.REFUSED_ATTRIBUTE) != null || request.getUserPrincipal() == null) {
            // A refused callback leaves the pending sign-in alone: a forged request must not cancel the real one.
            SignInProblemPage.show(request, response, SignInProblem.FAILED,
                    "the mechanism did not accept the callback (missing or unknown state, or a bad code or ID token)");
        } else {
            forget(session);
            finishSignIn(request, response, pending.returnTo());
        }
    }

    private static void forget(HttpSession session) {
        if (session != null) {
            session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        }
    }

    private void finishSignIn(HttpServletRequest request, HttpServletResponse response, String returnTo)
            throws IOException {
        request.changeSessionId();
        SignedInUser user = SignedInUsers.fromIdToken(request.getUserPrincipal().getName(),
                openIdContext.getIdentityToken().getJwtClaims());
        request.getSession().setAttribute(SignedInUser.SESSION_ATTRIBUTE, user);
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + returnTo);
    }

    /** Logto's error codes are short tokens; anything else is cut so a crafted value cannot forge log lines. */
    private static String printable(String value) {
        String cleaned = value.replaceAll("[^A-Za-z0-9_.-]", "?");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) : cleaned;
    }
}
