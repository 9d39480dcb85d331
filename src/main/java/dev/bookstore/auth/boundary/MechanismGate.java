package dev.bookstore.auth.boundary;

import dev.bookstore.auth.control.QueryParameter;
import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.auth.entity.SignInIntent;
import dev.bookstore.ground.control.BookstoreMetrics;
import dev.bookstore.ground.control.Traces;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.web.control.BasicCredentials;
import dev.bookstore.web.control.ReturnTo;
import dev.bookstore.web.control.RoutedPath;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which requests Liberty's mechanism sees at all, before {@link CallbackGuard} (which handles callbacks).
 * A caller whose shared session holds a sign-in this server has not seen (it happened on another cluster member)
 * is signed in from that session; a request with nothing for the mechanism to do skips it; a signed-out visitor
 * sent to Logto by a protected page has that page remembered, so the callback can return there.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class MechanismGate implements HttpAuthenticationMechanism {

    @Inject
    BookstoreMetrics metrics;

    @Inject
    Traces traces;

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (request.getParameter("state") != null && request.getDispatcherType() != DispatcherType.REQUEST) {
            // a forward within a request the mechanism has already seen: not a second callback
            return context.doNothing();
        }
        if (BasicCredentials.malformed(request.getHeader("Authorization"))) {
            LibertyBasicAudit.markAsNewAuthentication(request); // for the error page's own pass through security
            return context.doNothing(); // 400 (MalformedCredentialsFilter), or 403 on a protected page
        }
        if (!RoutedPath.isNormal(request)) {
            return context.doNothing(); // answered 400 by NormalPathFilter, or refused as any unknown caller
        }
        if (CallbackGuard.isCallback(request)) {
            return mechanism.validateRequest(request, response, context);
        }
        Optional<UserProfile> signedIn = SessionProfile.of(request);
        if (signedIn.isPresent() && (request.getUserPrincipal() == null || SessionProfile.takeRolesChanged(request))) {
            // signed in on another member, or Logto now says other roles (SessionRecheck): the container learns them
            return context.notifyContainerAboutLogin(signedIn.get().subject(), Set.copyOf(signedIn.get().roles()));
        }
        if (nothingForTheMechanism(request, context)) {
            return context.doNothing();
        }
        if (context.isProtected() && !context.isAuthenticationRequest() && request.getUserPrincipal() == null) {
            rememberSignIn(request);
            metrics.signInStarted("protected_page");
        }
        AuthenticationStatus status = mechanism.validateRequest(request, response, context);
        noteSentNonce(request, response);
        return status;
    }

    /**
     * The mechanism has just sent the browser to Logto with its own nonce: the pending sign-in keeps it, so that
     * the code exchange can check the ID token before Liberty sees it (TokenRelayServlet).
     */
    private static void noteSentNonce(HttpServletRequest request, HttpServletResponse response) {
        String location = response.getHeader("Location");
        if (location != null && request.getAttribute(SignInParameters.STARTING_ATTRIBUTE) instanceof PendingSignIn starting) {
            QueryParameter.of(URI.create(location), "nonce").ifPresent(nonce ->
                    request.getSession().setAttribute(PendingSignIn.SESSION_ATTRIBUTE, starting.withNonce(nonce)));
        }
    }

    /**
     * Liberty's mechanism evaluates every expression of its definition on each call (a tenth of the server's
     * time for a page view), then does nothing for a request that neither starts a sign-in nor carries a
     * callback's {@code state}, from a visitor who is signed out on a public page or signed in with this
     * session: for the latter it only checks token expiry, which this definition does not act on (no
     * tokenAutoRefresh, no logout on expiry). A caller with the sign-in cookie but no profile in the session (the
     * sign-in ended: back-channel logout, suspension, idle timeout) skips it too: the mechanism would send them to
     * Logto again from a protected page, where SessionBoundSignInFilter signs them out with "please sign in again".
     */
    private static boolean nothingForTheMechanism(HttpServletRequest request, HttpMessageContext context) {
        if (request.getParameter("state") != null || context.isAuthenticationRequest()) {
            return false;
        }
        return request.getUserPrincipal() != null || !context.isProtected();
    }

    /** A protected page sends the browser to Logto itself: note where to bring the user back. */
    private void rememberSignIn(HttpServletRequest request) {
        SignInParameters.starting(request, PendingSignIn.start(SignInIntent.SIGN_IN, ReturnTo.of(request),
                traces.continuedLater("sign-in start", Traces.SIGN_IN_INTENT, "protected_page")));
    }
}
