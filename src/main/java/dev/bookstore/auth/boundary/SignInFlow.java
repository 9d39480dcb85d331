package dev.bookstore.auth.boundary;

import dev.bookstore.auth.control.CodeExchange;
import dev.bookstore.auth.control.CodeExchanges;
import dev.bookstore.auth.entity.CallbackOutcome;
import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.ground.control.Traces;
import dev.bookstore.profile.entity.UserProfile;
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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;

/**
 * The sign-in, top to bottom: the one decorator of Liberty's OpenID Connect mechanism ({@link LogtoOpenIdDefinition}).
 * Every numbered step is a call named here.
 * <pre>
 * Browser            app                                      Liberty's mechanism            Logto
 *  |-GET /sign-in---->| 1 {@link SignInStart}: PendingSignIn (intent, returnTo, PKCE key, nonce) in the session;
 *  |                  |   a protected page does the same in {@link #start}
 *  |                  | 2 mechanism.validateRequest ------------>| state, and {@link SignInParameters}
 *  |<-302 /oidc/auth?state&amp;nonce&amp;code_challenge&amp;prompt&amp;resource...|
 *  |-signs in (Kakao through Logto)----------------------------------------------------------->|
 *  |<-303 /callback?code&amp;state----------------------------------------------------------------|
 *  |-GET /callback--->| 3 {@link #callback}: the code's {@link CodeExchange} opened, then
 *  |                  |   mechanism.validateRequest ------------>| state checked
 *  |                  | 4 {@code CodeRelay}: + PKCE verifier <----| POST /internal/logto-token
 *  |                  |   ---POST /oidc/token------------------------------------------------>|
 *  |                  |   ID token checked (nonce too) --------->| checked again: SUCCESS
 *  |                  | 5 {@link CallbackSteps#profile}: the ID token's claims + GET /oidc/me -->|
 *  |                  | 6 {@link CallbackSteps#signIn}: a new session id; profile and tokens in the session
 *  |<-302 returnTo----| 7 {@link CallbackServlet}: the page asked for, or the friendly page of a refusal
 * </pre>
 * Before any step, a request is sorted ({@link MechanismRequests}): many have nothing for the mechanism at all.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SignInFlow implements HttpAuthenticationMechanism {

    @Inject
    SignInStart signIns;

    @Inject
    CodeExchanges exchanges;

    @Inject
    CallbackSteps steps;

    @Inject
    LibertyOpenIdContext libertyOpenIdContext;

    @Inject
    Traces traces;

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (!MechanismRequests.forTheMechanism(request)) {
            return context.doNothing();
        }
        if (MechanismRequests.isCallback(request)) {
            return callback(request, response, context);
        }
        Optional<UserProfile> elsewhere = MechanismRequests.signedInWithoutTheContainer(request);
        if (elsewhere.isPresent()) { // signed in on another cluster member, or with roles Logto has changed since
            return context.notifyContainerAboutLogin(elsewhere.get().subject(), Set.copyOf(elsewhere.get().roles()));
        }
        if (MechanismRequests.nothingForTheMechanism(request, context)) {
            return context.doNothing();
        }
        return start(request, response, context);
    }

    /** Steps 1 and 2: a protected page starts a sign-in of its own; the mechanism sends the browser to Logto. */
    private AuthenticationStatus start(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (context.isProtected() && !context.isAuthenticationRequest() && request.getUserPrincipal() == null) {
            signIns.beginForProtectedPage(request);
        }
        return mechanism.validateRequest(request, response, context);
    }

    /** Steps 3 to 6. A refused callback is not signed in: the request goes on, unauthenticated, to step 7. */
    private AuthenticationStatus callback(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        Optional<PendingSignIn> pending = MechanismRequests.pendingFor(request);
        if (pending.isEmpty()) {
            return context.doNothing(); // Logto's own error, no code, or no sign-in of this browser: step 7 says which
        }
        try (CallbackSpan span = CallbackSpan.open(traces, request, pending.get().traceParent());
             CodeExchange exchange = exchanges.expect(request.getParameter("code"), pending.get(), span.traceParent())) {
            RefusalRecorder checked = new RefusalRecorder(context);
            AuthenticationStatus status = mechanism.validateRequest(request, checked.getResponse(), checked);
            CallbackOutcome outcome = null;
            if (checked.refused() || status == AuthenticationStatus.SEND_FAILURE) {
                outcome = steps.refused(exchange.result());
            } else if (status == AuthenticationStatus.SUCCESS) {
                libertyOpenIdContext.forget();
                outcome = steps.signIn(request, pending.get(), steps.profile(exchange.result().orElseThrow()));
            }
            span.ended(outcome, status);
            return outcome == null ? status : CallbackSteps.answer(request, context, outcome, status);
        }
    }
}
