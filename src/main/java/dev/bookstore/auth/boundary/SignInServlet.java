package dev.bookstore.auth.boundary;

import dev.bookstore.auth.control.AuthorizationProbe;
import dev.bookstore.auth.entity.AuthorizeVerdict;
import dev.bookstore.auth.entity.SignInIntent;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.web.control.ReturnTo;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Starts a sign-in: remembers where to come back to, tells the mechanism which first screen Logto should
 * show, and lets the mechanism redirect the browser to Logto. {@code ?returnTo=/path} is optional.
 * {@code /sign-in/confirm} is for a user already signed in whose sign-in is too old for an admin page
 * ({@code ADMIN_MAX_AGE}): Logto authenticates them again.
 */
@WebServlet(urlPatterns = {"/sign-in", "/sign-up", "/sign-in/kakao", "/sign-in/confirm"})
public class SignInServlet extends HttpServlet {

    @Inject
    SignInProblemPage problemPage;

    @Inject
    SignInStart signIns;

    @Inject
    SecurityContext securityContext;

    @Inject
    AuthorizationProbe probe;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String returnTo = ReturnTo.sanitize(request.getParameter("returnTo"));
        SignInIntent intent = SignInIntent.forRoute(request.getServletPath()).orElse(SignInIntent.SIGN_IN);
        if (intent != SignInIntent.CONFIRM && request.getUserPrincipal() != null && SessionProfile.of(request).isPresent()) {
            response.sendRedirect(request.getContextPath() + returnTo);
            return;
        }
        AuthorizeVerdict verdict = probe.current();
        if (verdict.kind() == AuthorizeVerdict.Kind.MISCONFIGURED) {
            // Logto would refuse the request, on its own error page: tell the user it is not their doing.
            problemPage.show(request, response, SignInProblem.MISCONFIGURED, verdict.fix());
            return;
        }
        signIns.begin(request, intent, returnTo); // step 1 of the sign-in (SignInFlow)
        response.setHeader("Cache-Control", "no-store");
        AuthenticationStatus status;
        try { // step 2: the mechanism sends the browser to Logto
            status = securityContext.authenticate(request, response,
                    AuthenticationParameters.withParams().newAuthentication(true));
        } catch (RuntimeException unreachable) {
            problemPage.show(request, response, SignInProblem.UNAVAILABLE, unreachable.toString());
            return;
        }
        boolean sentToLogto = status == AuthenticationStatus.SEND_CONTINUE && response.containsHeader("Location");
        if (!sentToLogto && !response.isCommitted()) {
            // Liberty answers a failed discovery with a bare 401 and SEND_CONTINUE (or SEND_FAILURE).
            problemPage.show(request, response, SignInProblem.UNAVAILABLE,
                    "the mechanism could not start the sign-in (" + status + "); is Logto reachable at its endpoint?");
        }
    }
}
