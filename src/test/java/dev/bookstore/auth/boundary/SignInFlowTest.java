package dev.bookstore.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.auth.control.CodeExchanges;
import dev.bookstore.auth.control.RefusedCallbackCause;
import dev.bookstore.auth.entity.CallbackOutcome;
import dev.bookstore.auth.entity.ExchangeResult;
import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.auth.entity.SignInIntent;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.auth.entity.SignInRefusal;
import dev.bookstore.ground.control.RecordedMetrics;
import dev.bookstore.ground.control.Traces;
import dev.bookstore.logto.control.LogtoBeans;
import dev.bookstore.profile.control.ProfileLoader;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.sessions.control.SignedInSessions;
import io.opentelemetry.api.OpenTelemetry;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The decorator's order of steps, around a stand-in for Liberty's mechanism that does what Liberty's does to a
 * callback: refuse its state with a 401 on the context's response, or redeem the code through the relay and succeed.
 */
class SignInFlowTest {

    private final RecordedMetrics metrics = new RecordedMetrics();
    private final RecordedResponse response = new RecordedResponse();
    private final List<String> containerTold = new ArrayList<>();
    private final List<String> mechanismSaw = new ArrayList<>();
    private final UserProfile jane = SignedInUsers.authenticatedAt("jane", Instant.now());
    private int libertyContextsForgotten;
    private HttpAuthenticationMechanism liberty = (request, response, context) -> {
        throw new AssertionError("Liberty's mechanism was asked about " + request);
    };
    private final SignInFlow flow = wired();

    private SignInFlow wired() {
        SignInFlow wired = new SignInFlow() {
        };
        wired.traces = Traces.using(OpenTelemetry.noop());
        wired.signIns = new SignInStart();
        wired.signIns.traces = wired.traces;
        wired.signIns.metrics = metrics;
        wired.exchanges = new CodeExchanges();
        wired.steps = new CallbackSteps();
        wired.steps.profiles = new ProfileLoader() {
            @Override
            public UserProfile load(Map<String, Object> idToken, String accessToken) {
                return jane;
            }
        };
        wired.steps.refusedCallbacks = new RefusedCallbackCause() {
            @Override
            public SignInRefusal afterCheckedExchange() {
                return new SignInRefusal(SignInProblem.FAILED, "the mechanism refused an ID token the relay had checked");
            }
        };
        wired.steps.sessions = new SignedInSessions();
        wired.steps.configuration = LogtoBeans.of("http://127.0.0.1:9", "flow-app", "flow-secret", "http://localhost:19586").configuration();
        wired.steps.metrics = metrics;
        wired.libertyOpenIdContext = new LibertyOpenIdContext() {
            @Override
            void forget() {
                libertyContextsForgotten++;
            }
        };
        wired.mechanism = (request, mechanismResponse, context) -> {
            mechanismSaw.add(request.getServletPath());
            return liberty.validateRequest(request, mechanismResponse, context);
        };
        return wired;
    }

    @Test
    void aRequestNotForTheMechanismNeverReachesIt() throws Exception {
        BrowserRequest malformed = BrowserRequest.get("/admin").header("Authorization", "Basic !!!");
        assertEquals(AuthenticationStatus.NOT_DONE, validate(malformed, MechanismCall.PROTECTED_PAGE));
        BrowserRequest signedOutHome = BrowserRequest.get("/");
        assertEquals(AuthenticationStatus.NOT_DONE, validate(signedOutHome, MechanismCall.PUBLIC_PAGE));
        assertEquals(List.of(), mechanismSaw);
    }

    @Test
    void aSignInMadeOnAnotherMemberIsToldToTheContainerWithoutTheMechanism() throws Exception {
        UserProfile admin = SignedInUsers.withRoles("alex", List.of("reader", "admin"));
        BrowserRequest elsewhere = BrowserRequest.get("/admin").in(new BrowserSession("shared").with(UserProfile.SESSION_ATTRIBUTE, admin));
        assertEquals(AuthenticationStatus.SUCCESS, validate(elsewhere, MechanismCall.PROTECTED_PAGE));
        assertEquals(List.of("alex [admin, reader]"), containerTold);
        assertEquals(List.of(), mechanismSaw);
    }

    @Test
    void aSignedOutVisitorOfAProtectedPageStartsASignInBackToThatPage() throws Exception {
        liberty = (request, mechanismResponse, context) -> AuthenticationStatus.SEND_CONTINUE; // its redirect to Logto
        BrowserRequest shelf = BrowserRequest.get("/shelf").param("page", "2");
        assertEquals(AuthenticationStatus.SEND_CONTINUE, validate(shelf, MechanismCall.PROTECTED_PAGE));
        PendingSignIn pending = (PendingSignIn) shelf.session().attribute(PendingSignIn.SESSION_ATTRIBUTE);
        assertEquals(SignInIntent.SIGN_IN, pending.intent());
        assertEquals("/shelf?page=2", pending.returnTo());
        assertSame(pending, shelf.attribute(SignInStart.STARTING_ATTRIBUTE), "step 2's parameters are this sign-in's");
        assertEquals(List.of("sign_ins.started protected_page"), metrics.recorded());
    }

    @Test
    void aSignInAskedForAtSignInKeepsThePendingSignInItsServletMade() throws Exception {
        liberty = (request, mechanismResponse, context) -> AuthenticationStatus.SEND_CONTINUE;
        PendingSignIn asked = PendingSignIn.start(SignInIntent.KAKAO, "/profile", null);
        BrowserSession session = new BrowserSession("s1").with(PendingSignIn.SESSION_ATTRIBUTE, asked);
        assertEquals(AuthenticationStatus.SEND_CONTINUE, validate(BrowserRequest.get("/sign-in/kakao").in(session),
                MechanismCall.AUTHENTICATION_REQUEST));
        assertSame(asked, session.attribute(PendingSignIn.SESSION_ATTRIBUTE));
        assertEquals(List.of("/sign-in/kakao"), mechanismSaw);
    }

    @Test
    void aCallbackOfNoSignInOfThisBrowserNeverReachesTheMechanism() throws Exception {
        BrowserRequest forged = callback("code-1");
        assertEquals(AuthenticationStatus.NOT_DONE, validate(forged, MechanismCall.PUBLIC_PAGE));
        assertEquals(List.of(), mechanismSaw);
        assertNull(forged.attribute(CallbackOutcome.ATTRIBUTE), "step 7 says why: no sign-in in progress");
    }

    @Test
    void aCallbackWhoseStateTheMechanismRefusedIsRefusedAsUnknownOrReplayed() throws Exception {
        liberty = (request, mechanismResponse, context) -> {
            context.getResponse().setStatus(HttpServletResponse.SC_UNAUTHORIZED); // as Liberty does for a state it does not know
            return AuthenticationStatus.SEND_CONTINUE;
        };
        BrowserSession session = sessionWithPendingSignIn("/shelf");
        BrowserRequest callback = callback("code-1").in(session);
        assertEquals(AuthenticationStatus.NOT_DONE, validate(callback, MechanismCall.PUBLIC_PAGE));

        CallbackOutcome outcome = (CallbackOutcome) callback.attribute(CallbackOutcome.ATTRIBUTE);
        assertEquals(CallbackOutcome.Kind.REFUSED, outcome.kind());
        assertTrue(outcome.refusal().reason().contains("unknown or replayed state"), outcome.refusal().reason());
        assertEquals(HttpServletResponse.SC_OK, response.status(), "the mechanism's bare 401 is kept from the browser");
        assertTrue(SessionProfile.refusedForThisRequest(callback.request()));
        assertTrue(flow.exchanges.claim("code-1").isEmpty(), "the code's exchange ends with its callback");
    }

    @Test
    void aCallbackRedeemedThroughTheRelaySignsInAndLandsOnReturnTo() throws Exception {
        ExchangeResult redeemed = ExchangeResult.redeemed(Map.of("sub", "jane"), "at", "rt");
        liberty = (request, mechanismResponse, context) -> {
            flow.exchanges.claim(request.getParameter("code")).orElseThrow().complete(redeemed); // the relay, on Liberty's call
            return AuthenticationStatus.SUCCESS;
        };
        BrowserSession session = sessionWithPendingSignIn("/shelf");
        BrowserRequest callback = callback("code-1").in(session);
        assertEquals(AuthenticationStatus.SUCCESS, validate(callback, MechanismCall.PUBLIC_PAGE));

        CallbackOutcome outcome = (CallbackOutcome) callback.attribute(CallbackOutcome.ATTRIBUTE);
        assertTrue(outcome.isAccepted());
        assertEquals("/shelf", outcome.returnTo());
        assertSame(jane, session.attribute(UserProfile.SESSION_ATTRIBUTE));
        assertNotEquals("s1", session.id());
        assertEquals(1, libertyContextsForgotten, "Liberty's OpenIdContext leaves the session");
        assertTrue(flow.exchanges.claim("code-1").isEmpty());
    }

    @Test
    void aCallbackWhoseExchangeTheRelayRefusedIsRefusedForTheRelaysReason() throws Exception {
        SignInRefusal relayFound = new SignInRefusal(SignInProblem.UNAVAILABLE, "Logto's token endpoint could not be asked");
        liberty = (request, mechanismResponse, context) -> {
            flow.exchanges.claim(request.getParameter("code")).orElseThrow().complete(ExchangeResult.refused(relayFound));
            context.getResponse().setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return AuthenticationStatus.SEND_CONTINUE;
        };
        BrowserSession session = sessionWithPendingSignIn("/");
        BrowserRequest callback = callback("code-1").in(session);
        assertEquals(AuthenticationStatus.NOT_DONE, validate(callback, MechanismCall.PUBLIC_PAGE));
        assertSame(relayFound, ((CallbackOutcome) callback.attribute(CallbackOutcome.ATTRIBUTE)).refusal());
        assertEquals(0, libertyContextsForgotten);
        assertEquals("s1", session.id());
    }

    @Test
    void aFailureTheMechanismReportsItselfIsARefusalToo() throws Exception {
        liberty = (request, mechanismResponse, context) -> context.responseUnauthorized();
        BrowserRequest callback = callback("code-1").in(sessionWithPendingSignIn("/"));
        assertEquals(AuthenticationStatus.NOT_DONE, validate(callback, MechanismCall.PUBLIC_PAGE));
        assertEquals(CallbackOutcome.Kind.REFUSED, ((CallbackOutcome) callback.attribute(CallbackOutcome.ATTRIBUTE)).kind());
    }

    private AuthenticationStatus validate(BrowserRequest request, MechanismCall call) throws Exception {
        return flow.validateRequest(request.request(), response.response(), call.context(response.response(), containerTold));
    }

    private static BrowserSession sessionWithPendingSignIn(String returnTo) {
        return new BrowserSession("s1").with(PendingSignIn.SESSION_ATTRIBUTE, PendingSignIn.start(SignInIntent.SIGN_IN, returnTo, null));
    }

    private static BrowserRequest callback(String code) {
        return BrowserRequest.get("/callback").param("code", code).param("state", "state-1");
    }
}
