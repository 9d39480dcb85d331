package dev.bookstore.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.auth.control.RefusedCallbackCause;
import dev.bookstore.auth.entity.CallbackOutcome;
import dev.bookstore.auth.entity.ExchangeResult;
import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.auth.entity.SignInIntent;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.auth.entity.SignInRefusal;
import dev.bookstore.ground.control.RecordedMetrics;
import dev.bookstore.logto.control.LogtoBeans;
import dev.bookstore.profile.control.ProfileLoader;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.control.UserinfoRefusedException;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.sessions.control.SignedInSessions;
import dev.bookstore.tokens.entity.UserTokens;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Steps 5 and 6 of a callback, and why one was refused, with the beans wired by hand (ADMIN_MAX_AGE 10 minutes). */
class CallbackStepsTest {

    private static final Duration ADMIN_MAX_AGE = Duration.ofMinutes(10);

    private final List<String> loaded = new ArrayList<>();
    private final List<String> signedIn = new ArrayList<>();
    private final RecordedMetrics metrics = new RecordedMetrics();
    private final SignInRefusal leftToTheMechanism = new SignInRefusal(SignInProblem.UNAVAILABLE, "Logto's key set is failing");
    private UserProfile loads = SignedInUsers.authenticatedAt("jane", Instant.now());
    private UserinfoRefusedException userinfoRefuses;
    private final CallbackSteps steps = wired();

    private CallbackSteps wired() {
        CallbackSteps wired = new CallbackSteps();
        wired.profiles = new ProfileLoader() {
            @Override
            public UserProfile load(Map<String, Object> idToken, String accessToken) throws UserinfoRefusedException {
                loaded.add(idToken.get("sub") + " with " + accessToken);
                if (userinfoRefuses != null) {
                    throw userinfoRefuses;
                }
                return loads;
            }
        };
        wired.refusedCallbacks = new RefusedCallbackCause() {
            @Override
            public SignInRefusal afterCheckedExchange() {
                return leftToTheMechanism;
            }
        };
        wired.sessions = new SignedInSessions() {
            @Override
            public void signedIn(HttpSession session, String subject, String logtoSession) {
                signedIn.add(session.getId() + " " + subject + " " + logtoSession);
            }
        };
        wired.configuration = LogtoBeans.of("http://127.0.0.1:9", "steps-app", "steps-secret", "http://localhost:19582",
                Map.of("ADMIN_MAX_AGE", ADMIN_MAX_AGE.toMinutes() + "m")).configuration();
        wired.metrics = metrics;
        return wired;
    }

    @Test
    void aCallbackRefusedBeforeTheRelayWasAskedIsAnUnknownOrReplayedState() {
        CallbackOutcome outcome = steps.refused(Optional.empty());
        assertEquals(CallbackOutcome.Kind.REFUSED, outcome.kind());
        assertEquals(SignInProblem.FAILED, outcome.refusal().problem());
        assertTrue(outcome.refusal().reason().contains("unknown or replayed state"), outcome.refusal().reason());
    }

    @Test
    void whatTheRelayRefusedIsTheReasonGiven() {
        SignInRefusal relayFound = new SignInRefusal(SignInProblem.MISCONFIGURED, "Logto refused the app's credentials");
        CallbackOutcome outcome = steps.refused(Optional.of(ExchangeResult.refused(relayFound)));
        assertEquals(CallbackOutcome.Kind.REFUSED, outcome.kind());
        assertSame(relayFound, outcome.refusal());
    }

    @Test
    void aGoodExchangeTheMechanismStillRefusedIsLeftToTheKeySetsCause() {
        CallbackOutcome outcome = steps.refused(Optional.of(redeemed("jane", "rt")));
        assertEquals(CallbackOutcome.Kind.REFUSED, outcome.kind());
        assertSame(leftToTheMechanism, outcome.refusal());
    }

    @Test
    void aRefusedExchangeMakesNoProfile() {
        SignInRefusal refusal = new SignInRefusal(SignInProblem.FAILED, "the ID token was refused: nonce differs");
        CallbackOutcome outcome = steps.profile(ExchangeResult.refused(refusal));
        assertEquals(CallbackOutcome.Kind.REFUSED, outcome.kind());
        assertSame(refusal, outcome.refusal());
        assertEquals(List.of(), loaded, "userinfo is not asked for a refused sign-in");
    }

    @Test
    void aRedeemedExchangeIsProfiledFromItsClaimsAndAccessTokenAndKeepsItsRefreshToken() {
        CallbackOutcome outcome = steps.profile(redeemed("jane", "rt-1"));
        assertTrue(outcome.isAccepted());
        assertSame(loads, outcome.profile());
        assertEquals(UserTokens.of("rt-1"), outcome.tokens());
        assertEquals(List.of("jane with at-jane"), loaded);
        assertNull(steps.profile(redeemed("jane", null)).tokens(), "no refresh token, no tokens to keep");
    }

    @Test
    void userinfoAboutSomeoneElseRefusesTheSignIn() {
        userinfoRefuses = new UserinfoRefusedException("userinfo is about another subject than the ID token");
        CallbackOutcome outcome = steps.profile(redeemed("jane", "rt"));
        assertEquals(CallbackOutcome.Kind.REFUSED, outcome.kind());
        assertEquals(SignInProblem.FAILED, outcome.refusal().problem());
        assertEquals(userinfoRefuses.getMessage(), outcome.refusal().reason());
    }

    @Test
    void aSignInGetsANewSessionIdItsProfileAndTokensAndLandsOnReturnTo() {
        BrowserSession session = new BrowserSession("before-sign-in");
        PendingSignIn pending = pendingIn(session, SignInIntent.SIGN_IN, "/shelf");
        UserTokens tokens = UserTokens.of("rt-1");
        CallbackOutcome outcome = steps.signIn(callbackIn(session), pending, CallbackOutcome.accepted(loads, tokens));

        assertTrue(outcome.isAccepted());
        assertEquals("/shelf", outcome.returnTo());
        assertNotEquals("before-sign-in", session.id(), "no session fixation: the id changes at sign-in");
        assertSame(loads, session.attribute(UserProfile.SESSION_ATTRIBUTE));
        assertSame(tokens, session.attribute(UserTokens.SESSION_ATTRIBUTE));
        assertNull(session.attribute(PendingSignIn.SESSION_ATTRIBUTE));
        assertEquals(List.of(session.id() + " jane sid-jane"), signedIn, "a back-channel logout finds the session by its new id");
        assertTrue(metrics.recorded().contains("sign_in.duration"), metrics.recorded().toString());
    }

    @Test
    void aConfirmationByTheSameUserJustAuthenticatedSignsInAgain() {
        BrowserSession session = new BrowserSession("admin-session")
                .with(UserProfile.SESSION_ATTRIBUTE, SignedInUsers.authenticatedAt("jane", Instant.now().minus(Duration.ofHours(3))));
        PendingSignIn pending = pendingIn(session, SignInIntent.CONFIRM, "/admin");
        CallbackOutcome outcome = steps.signIn(callbackIn(session), pending, CallbackOutcome.accepted(loads, UserTokens.of("rt-2")));

        assertTrue(outcome.isAccepted());
        assertEquals("/admin", outcome.returnTo());
        assertNotEquals("admin-session", session.id());
        assertSame(loads, session.attribute(UserProfile.SESSION_ATTRIBUTE), "the fresh auth_time replaces the old one");
        assertNull(session.attribute(PendingSignIn.SESSION_ATTRIBUTE));
    }

    @Test
    void aConfirmationByAnotherUserLeavesTheSessionsSignInAsItWas() {
        UserProfile before = SignedInUsers.authenticatedAt("jane", Instant.now().minus(Duration.ofHours(3)));
        UserTokens tokensBefore = UserTokens.of("jane-rt");
        BrowserSession session = new BrowserSession("admin-session").with(UserProfile.SESSION_ATTRIBUTE, before)
                .with(UserTokens.SESSION_ATTRIBUTE, tokensBefore);
        PendingSignIn pending = pendingIn(session, SignInIntent.CONFIRM, "/admin");
        CallbackOutcome outcome = steps.signIn(callbackIn(session), pending,
                CallbackOutcome.accepted(SignedInUsers.authenticatedAt("alex", Instant.now()), UserTokens.of("alex-rt")));

        assertEquals(CallbackOutcome.Kind.UNCONFIRMED, outcome.kind());
        assertTrue(outcome.refusal().reason().contains("another user"), outcome.refusal().reason());
        assertUnchanged(session, "admin-session", before, tokensBefore);
    }

    @Test
    void aConfirmationWithAnOldAuthTimeIsNotAConfirmation() {
        UserProfile before = SignedInUsers.authenticatedAt("jane", Instant.now().minus(Duration.ofHours(3)));
        UserTokens tokensBefore = UserTokens.of("jane-rt");
        BrowserSession session = new BrowserSession("admin-session").with(UserProfile.SESSION_ATTRIBUTE, before)
                .with(UserTokens.SESSION_ATTRIBUTE, tokensBefore);
        PendingSignIn pending = pendingIn(session, SignInIntent.CONFIRM, "/admin");
        UserProfile reusedLogtoSession = SignedInUsers.authenticatedAt("jane", Instant.now().minus(ADMIN_MAX_AGE).minusSeconds(30));
        CallbackOutcome outcome = steps.signIn(callbackIn(session), pending,
                CallbackOutcome.accepted(reusedLogtoSession, UserTokens.of("jane-rt-2")));

        assertEquals(CallbackOutcome.Kind.UNCONFIRMED, outcome.kind());
        assertEquals(SignInProblem.FAILED, outcome.refusal().problem());
        assertTrue(outcome.refusal().reason().contains("ADMIN_MAX_AGE"), outcome.refusal().reason());
        assertUnchanged(session, "admin-session", before, tokensBefore);
        UserProfile noAuthTime = SignedInUsers.authenticatedAt("jane", null);
        assertEquals(CallbackOutcome.Kind.UNCONFIRMED, steps.signIn(callbackIn(session), pendingIn(session, SignInIntent.CONFIRM, "/admin"),
                CallbackOutcome.accepted(noAuthTime, null)).kind(), "Logto not saying when is not a confirmation either");
    }

    @Test
    void anOrdinarySignInNeedsNoRecentAuthenticationNorTheSessionsUser() {
        BrowserSession session = new BrowserSession("s1")
                .with(UserProfile.SESSION_ATTRIBUTE, SignedInUsers.authenticatedAt("alex", Instant.now()));
        PendingSignIn pending = pendingIn(session, SignInIntent.SIGN_IN, "/");
        UserProfile longAgo = SignedInUsers.authenticatedAt("jane", Instant.now().minus(Duration.ofDays(30)));
        CallbackOutcome outcome = steps.signIn(callbackIn(session), pending, CallbackOutcome.accepted(longAgo, null));
        assertTrue(outcome.isAccepted());
        assertSame(longAgo, session.attribute(UserProfile.SESSION_ATTRIBUTE));
    }

    @Test
    void aRefusedProfileChangesNothingInTheSession() {
        BrowserSession session = new BrowserSession("s1");
        PendingSignIn pending = pendingIn(session, SignInIntent.SIGN_IN, "/");
        CallbackOutcome refused = CallbackOutcome.refused(new SignInRefusal(SignInProblem.FAILED, "userinfo about someone else"));
        assertSame(refused, steps.signIn(callbackIn(session), pending, refused));
        assertEquals("s1", session.id());
        assertSame(pending, session.attribute(PendingSignIn.SESSION_ATTRIBUTE), "a refused callback must not cancel the real one");
        assertEquals(List.of(), signedIn);
    }

    @Test
    void stepSevenGetsTheOutcomeAndARefusedCallbackIsNotCompleted() {
        BrowserRequest accepted = BrowserRequest.get("/callback");
        CallbackOutcome signedInOutcome = CallbackOutcome.accepted(loads, null).landingOn("/");
        assertEquals(AuthenticationStatus.SUCCESS, CallbackSteps.answer(accepted.request(), MechanismCall.PUBLIC_PAGE.context(),
                signedInOutcome, AuthenticationStatus.SUCCESS));
        assertSame(signedInOutcome, accepted.attribute(CallbackOutcome.ATTRIBUTE));
        assertFalse(SessionProfile.refusedForThisRequest(accepted.request()));

        BrowserRequest refused = BrowserRequest.get("/callback");
        CallbackOutcome refusal = CallbackOutcome.unconfirmed(new SignInRefusal(SignInProblem.FAILED, "another user"));
        assertEquals(AuthenticationStatus.NOT_DONE, CallbackSteps.answer(refused.request(), MechanismCall.PUBLIC_PAGE.context(),
                refusal, AuthenticationStatus.SUCCESS), "no sign-in cookie for a callback the app refused");
        assertSame(refusal, refused.attribute(CallbackOutcome.ATTRIBUTE));
        assertTrue(SessionProfile.refusedForThisRequest(refused.request()), "its page shows nobody signed in");
    }

    private void assertUnchanged(BrowserSession session, String id, UserProfile profile, UserTokens tokens) {
        assertEquals(id, session.id(), "no new session id");
        assertSame(profile, session.attribute(UserProfile.SESSION_ATTRIBUTE));
        assertSame(tokens, session.attribute(UserTokens.SESSION_ATTRIBUTE));
        assertNull(session.attribute(PendingSignIn.SESSION_ATTRIBUTE), "the confirmation is over, either way");
        assertEquals(List.of(), signedIn);
        assertFalse(metrics.recorded().contains("sign_in.duration"), metrics.recorded().toString());
    }

    private static ExchangeResult redeemed(String subject, String refreshToken) {
        return ExchangeResult.redeemed(Map.of("sub", subject, "sid", "sid-" + subject), "at-" + subject, refreshToken);
    }

    private static PendingSignIn pendingIn(BrowserSession session, SignInIntent intent, String returnTo) {
        PendingSignIn pending = PendingSignIn.start(intent, returnTo, null);
        session.with(PendingSignIn.SESSION_ATTRIBUTE, pending);
        return pending;
    }

    private static jakarta.servlet.http.HttpServletRequest callbackIn(BrowserSession session) {
        return BrowserRequest.get("/callback").param("code", "c").param("state", "s").in(session).request();
    }
}
