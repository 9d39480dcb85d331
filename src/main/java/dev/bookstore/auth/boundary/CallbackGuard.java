package dev.bookstore.auth.boundary;

import dev.bookstore.auth.control.RefusedCallbackCause;
import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.auth.entity.SignInIntent;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.auth.entity.SignInRefusal;
import dev.bookstore.profile.control.ProfileLoader;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.control.UserinfoRefusedException;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.tokens.entity.UserTokens;
import dev.bookstore.web.control.ReturnTo;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;

/**
 * Lets {@link CallbackServlet} answer every callback the mechanism does not accept. Liberty's mechanism
 * treats any request with a {@code state} parameter as a callback and answers a refused one with a bare
 * 401 (no page), including the internal forward to an error page. This decorator keeps the mechanism
 * for what it does well (state, code exchange, token checks) and turns its refusals into a request that
 * reaches the servlet, which shows a friendly page and creates no session. An accepted callback gets the
 * user's profile (ID token plus one userinfo call) before the sign-in completes, so that userinfo about
 * someone else stops the sign-in before any cookie is issued. A caller whose session holds a sign-in that
 * this server has not seen (it happened on another cluster member) is signed in from that session. It also
 * remembers the page
 * a signed-out visitor asked for when the mechanism itself starts a sign-in, so the callback can return there.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class CallbackGuard implements HttpAuthenticationMechanism {

    static final String REFUSED_ATTRIBUTE = SignInRefusal.ATTRIBUTE;
    static final String PROFILE_ATTRIBUTE = UserProfile.class.getName();
    static final String TOKENS_ATTRIBUTE = UserTokens.class.getName();

    @Inject
    ProfileLoader profiles;

    @Inject
    RefusedCallbackCause refusedCallbacks;

    @Inject
    Instance<OpenIdContext> sessionOpenIdContext;

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
        if (!isCallback(request)) {
            Optional<UserProfile> signedIn = SessionProfile.of(request);
            if (request.getUserPrincipal() == null && signedIn.isPresent()) {
                // Signed in through another cluster member: the shared session is the sign-in.
                return context.notifyContainerAboutLogin(signedIn.get().subject(), Set.copyOf(signedIn.get().roles()));
            }
            if (nothingForTheMechanism(request, context, signedIn.isPresent())) {
                return context.doNothing();
            }
            if (context.isProtected() && !context.isAuthenticationRequest() && request.getUserPrincipal() == null) {
                rememberSignIn(request);
            }
            return mechanism.validateRequest(request, response, context);
        }
        if (request.getParameter("error") != null || request.getParameter("state") == null) {
            return context.doNothing();
        }
        AuthenticationStatus status = mechanism.validateRequest(request, response, context);
        if (status == AuthenticationStatus.SEND_CONTINUE && response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setStatus(HttpServletResponse.SC_OK);
            SessionProfile.refuseForThisRequest(request);
            request.setAttribute(REFUSED_ATTRIBUTE,
                    refusedCallbacks.of("the mechanism did not accept it (unknown or replayed state, bad code or ID token)"));
            return context.doNothing();
        }
        if (status == AuthenticationStatus.SUCCESS) {
            refusedCallbacks.signInSucceeded();
            OpenIdContext openIdContext = signedIn(context);
            try {
                request.setAttribute(PROFILE_ATTRIBUTE, profiles.load(openIdContext));
                openIdContext.getRefreshToken().ifPresent(refresh ->
                        request.setAttribute(TOKENS_ATTRIBUTE, UserTokens.of(refresh.getToken())));
            } catch (UserinfoRefusedException refused) {
                // Not completing the authentication here means no sign-in cookie is ever issued.
                SessionProfile.refuseForThisRequest(request);
            request.setAttribute(REFUSED_ATTRIBUTE, new SignInRefusal(SignInProblem.FAILED, refused.getMessage()));
                return context.doNothing();
            } finally {
                dropSessionOpenIdContext();
            }
        }
        return status;
    }

    /**
     * Liberty's mechanism evaluates every expression of its definition on each call (a tenth of the server's
     * time for a page view), then does nothing for a request that neither starts a sign-in nor carries a
     * callback's {@code state}, from a visitor who is signed out on a public page or signed in with this
     * session: for the latter it only checks token expiry, which this definition does not act on (no
     * tokenAutoRefresh, no logout on expiry). A signed-in caller whose session is gone still goes through it.
     */
    private static boolean nothingForTheMechanism(HttpServletRequest request, HttpMessageContext context,
                                                  boolean sessionHoldsProfile) {
        if (request.getParameter("state") != null || context.isAuthenticationRequest()) {
            return false;
        }
        return request.getUserPrincipal() == null ? !context.isProtected() : sessionHoldsProfile;
    }

    /**
     * The tokens of the sign-in the mechanism has just accepted, as it put them into the caller's subject.
     * Read there rather than through the injectable OpenIdContext: that is a session-scoped bean, which
     * would put into the session an object that does not serialize (JwtClaims.NONE) and an index of CDI
     * beans that differs between cluster members, so no other member could read the session.
     */
    private static OpenIdContext signedIn(HttpMessageContext context) {
        return context.getClientSubject().getPrivateCredentials(OpenIdContext.class).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the mechanism accepted a sign-in without an OpenIdContext"));
    }

    /**
     * Liberty's mechanism also fills the injectable OpenIdContext, a session-scoped bean that does not
     * serialize (JwtClaims.NONE): a session store would fail to write the whole session, and no other
     * cluster member could read it. The app keeps what it needs itself, so the bean leaves the session.
     */
    private void dropSessionOpenIdContext() {
        OpenIdContext sessionBean = sessionOpenIdContext.get();
        sessionOpenIdContext.destroy(sessionBean);
    }

    /** A protected page sends the browser to Logto itself: note where to bring the user back. */
    private static void rememberSignIn(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        String returnTo = ReturnTo.sanitize(query == null ? path : path + "?" + query);
        request.getSession().setAttribute(PendingSignIn.SESSION_ATTRIBUTE,
                new PendingSignIn(SignInIntent.SIGN_IN, returnTo));
    }

    private static boolean isCallback(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + "/callback");
    }
}
