package dev.bookstore.auth.boundary;

import dev.bookstore.auth.control.CodeExchange;
import dev.bookstore.auth.control.CodeExchanges;
import dev.bookstore.auth.control.RefusedCallbackCause;
import dev.bookstore.auth.entity.CallbackOutcome;
import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.auth.entity.SignInRefusal;
import dev.bookstore.ground.control.TraceParent;
import dev.bookstore.ground.control.Traces;
import dev.bookstore.profile.control.ProfileLoader;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.control.UserinfoRefusedException;
import dev.bookstore.tokens.entity.UserTokens;
import dev.bookstore.web.control.RequestId;
import dev.bookstore.web.control.RoutedPath;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/**
 * The sign-in, step by step. Steps 2 to 4 are decided here, around Liberty's mechanism; the servlets do the rest.
 * <pre>
 * Browser          SignInServlet     CallbackGuard        Liberty mechanism          Logto        CallbackServlet
 *   |--GET /sign-in-->| 1 start: PendingSignIn (intent, returnTo, PKCE key, nonce) in the session
 *   |                 |--authenticate----------------------->| state, nonce
 *   |<--302 /oidc/auth (first screen, resource, scopes)-------|
 *   |--sign in (Kakao through Logto)-------------------------------------------------->|
 *   |<--303 /callback?code&amp;state-------------------------------------------------------|
 *   |--GET /callback------------------->| 2 callback checked:--->| state known, code   |
 *   |                                   |   (code + PKCE key)    |--POST /oidc/token-->| (relay adds the verifier,
 *   |                                   | 3 tokens taken:   &lt;---| ID token verified   |  checks the ID token)
 *   |                                   | 4 userinfo (ProfileLoader)--GET /oidc/me--->|
 *   |                                   |   CallbackOutcome (accepted or refused)------------------>|
 *   |                                   |                                     5 session id rotated  |
 *   |<--303 returnTo (6 landing) or the friendly page of the refusal--------------------------------|
 * </pre>
 * Liberty's mechanism treats any request with a {@code state} as a callback and answers a refused one with a bare
 * 401 and no page. It keeps what it does well (state, code exchange, token checks); {@link RefusalRecorder} notes
 * its refusal where it is given and keeps the 401 away, so that {@link CallbackServlet} shows a friendly page and
 * creates no session. Why it refused is known from the code exchange ({@link CodeExchanges}, filled in by the
 * relay as Logto answers), so an outage is an outage from its first callback on. An accepted callback gets the user's profile (ID token plus one userinfo call) before the
 * sign-in completes, so that userinfo about someone else stops the sign-in before any cookie is issued.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION + 10)
public abstract class CallbackGuard implements HttpAuthenticationMechanism {

    @Inject
    ProfileLoader profiles;

    @Inject
    RefusedCallbackCause refusedCallbacks;

    @Inject
    CodeExchanges exchanges;

    @Inject
    Traces traces;

    @Inject
    Instance<OpenIdContext> sessionOpenIdContext;

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (!isCallback(request)) {
            return mechanism.validateRequest(request, response, context);
        }
        if (request.getParameter("error") != null || request.getParameter("state") == null) {
            return context.doNothing(); // Logto's own refusal, or no callback at all: the servlet says which
        }
        HttpSession session = request.getSession(false);
        String code = request.getParameter("code");
        if (code == null || session == null || !(session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE) instanceof PendingSignIn pending)) {
            return context.doNothing(); // no sign-in of this browser to redeem a code for: the servlet says so
        }
        Span callback = traces.start("sign-in callback", SpanKind.SERVER, pending.traceParent());
        try (Scope traced = callback.makeCurrent()) {
            if (traces.enabled()) {
                RequestId.of(request); // the id a refusal page shows is in this trace; its log lines name the trace
            }
            String traceParent = TraceParent.of(callback);
            request.setAttribute(TraceParent.REQUEST_ATTRIBUTE, traceParent); // Liberty's span of the callback joins it too
            AuthenticationStatus status = redeem(request, context, code, pending, traceParent);
            SignInRefusal refusal = request.getAttribute(CallbackOutcome.ATTRIBUTE) instanceof CallbackOutcome outcome
                    ? outcome.refusal() : null;
            Traces.outcome(callback, refusal != null ? refusal.problem().traceWord()
                    : status == AuthenticationStatus.SUCCESS ? "signed_in" : status.name().toLowerCase(Locale.ROOT), refusal != null);
            return status;
        } finally {
            callback.end();
        }
    }

    /** Steps 2 to 4: the mechanism checks the callback and redeems its code; then the user's profile. */
    private AuthenticationStatus redeem(HttpServletRequest request, HttpMessageContext context, String code,
                                        PendingSignIn pending, String traceParent) throws AuthenticationException {
        RefusalRecorder checked = new RefusalRecorder(context);
        CodeExchange exchange = exchanges.expect(code, pending, traceParent);
        AuthenticationStatus status;
        try {
            status = mechanism.validateRequest(request, checked.getResponse(), checked);
        } finally {
            exchanges.end(code, exchange);
        }
        if (checked.refused() || status == AuthenticationStatus.SEND_FAILURE) {
            return refuse(request, context, whyRefused(exchange));
        }
        if (status != AuthenticationStatus.SUCCESS) {
            return status;
        }
        return withUserinfo(request, context);
    }

    /** What the code exchange found out (CodeRelay), else why the mechanism stopped before or after it. */
    private SignInRefusal whyRefused(CodeExchange exchange) {
        if (exchange.refusal() != null) {
            return exchange.refusal();
        }
        if (!exchange.wasReached()) {
            return new SignInRefusal(SignInProblem.FAILED,
                    "the mechanism refused the callback before redeeming its code (unknown or replayed state)");
        }
        return refusedCallbacks.afterCheckedExchange();
    }

    static boolean isCallback(HttpServletRequest request) {
        return "/callback".equals(RoutedPath.of(request)) && RoutedPath.isNormal(request);
    }

    /** Step 4: the profile, from the ID token and one userinfo call, or a refusal when userinfo disagrees. */
    private AuthenticationStatus withUserinfo(HttpServletRequest request, HttpMessageContext context) {
        OpenIdContext openIdContext = signedIn(context);
        try {
            UserTokens tokens = openIdContext.getRefreshToken().map(refresh -> UserTokens.of(refresh.getToken())).orElse(null);
            request.setAttribute(CallbackOutcome.ATTRIBUTE, CallbackOutcome.accepted(profiles.load(openIdContext), tokens));
            return AuthenticationStatus.SUCCESS;
        } catch (UserinfoRefusedException refused) {
            // Not completing the authentication here means no sign-in cookie is ever issued.
            return refuse(request, context, new SignInRefusal(SignInProblem.FAILED, refused.getMessage()));
        } finally {
            dropSessionOpenIdContext();
        }
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpMessageContext context, SignInRefusal refusal) {
        SessionProfile.refuseForThisRequest(request); // pages rendered for this request show nobody signed in
        request.setAttribute(CallbackOutcome.ATTRIBUTE, CallbackOutcome.refused(refusal));
        return context.doNothing();
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
}
