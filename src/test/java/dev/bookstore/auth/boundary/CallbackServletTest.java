package dev.bookstore.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.auth.control.AuthorizationProbe;
import dev.bookstore.auth.entity.AuthorizeVerdict;
import dev.bookstore.auth.entity.CallbackOutcome;
import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.auth.entity.SignInIntent;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.auth.entity.SignInRefusal;
import dev.bookstore.ground.control.RecordedMetrics;
import dev.bookstore.logto.control.LogtoBeans;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.tokens.entity.UserTokens;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Step 7 of the sign-in: what the browser gets at /callback for each outcome steps 3 to 6 handed over. */
class CallbackServletTest {

    private static final String PROBLEM_PAGE = "/WEB-INF/errorpages/sign-in-problem.xhtml";

    private final RecordedMetrics metrics = new RecordedMetrics();
    private final RecordedResponse response = new RecordedResponse();
    private AuthorizeVerdict.Kind logtoSays = AuthorizeVerdict.Kind.READY;
    private final CallbackServlet servlet = wired();

    private CallbackServlet wired() {
        CallbackServlet wired = new CallbackServlet();
        wired.problemPage = new SignInProblemPage();
        wired.problemPage.metrics = metrics;
        wired.probe = new AuthorizationProbe() {
            @Override
            public AuthorizeVerdict recheck() {
                return new AuthorizeVerdict(logtoSays, logtoSays == AuthorizeVerdict.Kind.READY ? null : "the fix", Instant.MAX);
            }
        };
        wired.configuration = LogtoBeans.of("http://127.0.0.1:9", "callback-app", "callback-secret", "http://localhost:19583").configuration();
        return wired;
    }

    @Test
    void anAcceptedSignInRedirectsToTheReturnToPageNeverCached() throws Exception {
        BrowserRequest callback = callback().underContext("/bookstore").signedInAs("jane")
                .attribute(CallbackOutcome.ATTRIBUTE, accepted().landingOn("/shelf?page=2"));
        servlet.doGet(callback.request(), response.response());
        assertEquals("/bookstore/shelf?page=2", response.redirect(), "the address bar loses code and state");
        assertEquals("no-store", response.header("Cache-Control"));
        assertEquals(List.of(), callback.forwards());
        assertEquals(List.of(), metrics.recorded());
    }

    @Test
    void aRefusalOfASignInTheMechanismHadCompletedEndsTheSessionAndShowsTheProblemPage() throws Exception {
        BrowserSession session = new BrowserSession("s1").with(PendingSignIn.SESSION_ATTRIBUTE, pending());
        BrowserRequest callback = callback().in(session).signedInAs("jane").attribute(CallbackOutcome.ATTRIBUTE,
                CallbackOutcome.refused(new SignInRefusal(SignInProblem.UNAVAILABLE, "Logto's key set is failing")));
        servlet.doGet(callback.request(), response.response());

        assertEquals(1, response.resets(), "the mechanism's sign-in cookie leaves the response");
        assertTrue(session.invalidated(), "the session the mechanism signed in ends");
        assertProblemPage(callback, SignInProblem.UNAVAILABLE, 503);
        assertEquals(List.of("sign_ins.refused logto_unavailable"), metrics.recorded());
    }

    @Test
    void aRefusalBeforeTheMechanismSignedAnyoneInLeavesTheSessionAndItsPendingSignIn() throws Exception {
        PendingSignIn pending = pending();
        BrowserSession session = new BrowserSession("s1").with(PendingSignIn.SESSION_ATTRIBUTE, pending);
        BrowserRequest callback = callback().in(session).attribute(CallbackOutcome.ATTRIBUTE,
                CallbackOutcome.refused(new SignInRefusal(SignInProblem.FAILED, "the ID token was refused: nonce differs")));
        servlet.doGet(callback.request(), response.response());

        assertEquals(0, response.resets());
        assertFalse(session.invalidated());
        assertSame(pending, session.attribute(PendingSignIn.SESSION_ATTRIBUTE), "a forged callback must not cancel the real sign-in");
        assertProblemPage(callback, SignInProblem.FAILED, 400);
        assertEquals(List.of("sign_ins.refused id_token"), metrics.recorded());
    }

    @Test
    void anUnconfirmedConfirmationKeepsTheSessionsOwnSignIn() throws Exception {
        UserProfile jane = SignedInUsers.authenticatedAt("jane", Instant.now().minusSeconds(3600));
        UserTokens tokens = UserTokens.of("jane-rt");
        BrowserSession session = new BrowserSession("admin-session").with(UserProfile.SESSION_ATTRIBUTE, jane)
                .with(UserTokens.SESSION_ATTRIBUTE, tokens);
        BrowserRequest callback = callback().in(session).signedInAs("alex").attribute(CallbackOutcome.ATTRIBUTE,
                CallbackOutcome.unconfirmed(new SignInRefusal(SignInProblem.FAILED, "confirming it's them: another user")));
        servlet.doGet(callback.request(), response.response());

        assertEquals(1, response.resets(), "the mechanism's cookie for the other user leaves the response");
        assertFalse(session.invalidated());
        assertSame(jane, session.attribute(UserProfile.SESSION_ATTRIBUTE));
        assertSame(tokens, session.attribute(UserTokens.SESSION_ATTRIBUTE));
        assertProblemPage(callback, SignInProblem.FAILED, 400);
    }

    @Test
    void aCallbackWithoutASignInOfThisBrowserIsNotInProgress() throws Exception {
        BrowserRequest callback = callback();
        servlet.doGet(callback.request(), response.response());
        assertProblemPage(callback, SignInProblem.NOT_IN_PROGRESS, 400);
        assertEquals(0, callback.sessionsMade());
        assertEquals(List.of("sign_ins.refused state"), metrics.recorded());
    }

    @Test
    void aCallbackOfThisBrowsersSignInThatTheMechanismLeftAloneFailed() throws Exception {
        BrowserRequest callback = BrowserRequest.get("/callback").param("state", "s")
                .in(new BrowserSession("s1").with(PendingSignIn.SESSION_ATTRIBUTE, pending()));
        servlet.doGet(callback.request(), response.response());
        assertProblemPage(callback, SignInProblem.FAILED, 400);
    }

    @Test
    void aCancelledSignInEndsThePendingOne() throws Exception {
        BrowserSession session = new BrowserSession("s1").with(PendingSignIn.SESSION_ATTRIBUTE, pending());
        BrowserRequest callback = BrowserRequest.get("/callback").param("error", "access_denied").param("state", "s").in(session);
        servlet.doGet(callback.request(), response.response());
        assertProblemPage(callback, SignInProblem.CANCELLED, 401);
        assertNull(session.attribute(PendingSignIn.SESSION_ATTRIBUTE));
        assertEquals(List.of("sign_ins.refused cancelled"), metrics.recorded());
    }

    @Test
    void anErrorBlamingTheSetUpIsBelievedOnlyWhenLogtoConfirmsIt() throws Exception {
        BrowserRequest forged = BrowserRequest.get("/callback").param("error", "invalid_client");
        servlet.doGet(forged.request(), response.response());
        assertProblemPage(forged, SignInProblem.FAILED, 400);

        logtoSays = AuthorizeVerdict.Kind.MISCONFIGURED;
        RecordedResponse confirmedResponse = new RecordedResponse();
        BrowserRequest confirmed = BrowserRequest.get("/callback").param("error", "invalid_client");
        servlet.doGet(confirmed.request(), confirmedResponse.response());
        assertEquals(SignInProblem.MISCONFIGURED, confirmed.attribute(SignInProblemPage.PROBLEM_ATTRIBUTE));
        assertEquals(503, confirmedResponse.status());
    }

    @Test
    void aMissingApiResourceStartsTheSignInAgainWithoutIt() throws Exception {
        logtoSays = AuthorizeVerdict.Kind.API_RESOURCE_MISSING;
        BrowserSession session = new BrowserSession("s1")
                .with(PendingSignIn.SESSION_ATTRIBUTE, PendingSignIn.start(SignInIntent.KAKAO, "/shelf?x=1", null));
        BrowserRequest callback = BrowserRequest.get("/callback").param("error", "invalid_target").in(session);
        servlet.doGet(callback.request(), response.response());
        assertEquals("/sign-in/kakao?returnTo=%2Fshelf%3Fx%3D1", response.redirect());
        assertEquals(List.of(), callback.forwards());
    }

    private void assertProblemPage(BrowserRequest callback, SignInProblem problem, int status) {
        assertEquals(List.of(PROBLEM_PAGE), callback.forwards());
        assertEquals(problem, callback.attribute(SignInProblemPage.PROBLEM_ATTRIBUTE));
        assertEquals(status, response.status());
        assertEquals("no-store", response.header("Cache-Control"));
        assertNull(response.redirect());
    }

    private static BrowserRequest callback() {
        return BrowserRequest.get("/callback").param("code", "the-code").param("state", "the-state");
    }

    private static PendingSignIn pending() {
        return PendingSignIn.start(SignInIntent.SIGN_IN, "/shelf", null);
    }

    private static CallbackOutcome accepted() {
        return CallbackOutcome.accepted(SignedInUsers.authenticatedAt("jane", Instant.now()), UserTokens.of("rt"));
    }
}
