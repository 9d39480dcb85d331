package dev.bookstore.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.auth.entity.SignInIntent;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.DispatcherType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the sign-in flow sorts a request before anything is done for it (SignInFlow's first lines). */
class MechanismRequestsTest {

    private static final String BASIC_PAIR = "Basic " + Base64.getEncoder().encodeToString("ops:secret".getBytes(StandardCharsets.UTF_8));

    @Test
    void aBrowsersOwnRequestInNormalFormIsForTheMechanism() {
        assertTrue(MechanismRequests.forTheMechanism(BrowserRequest.get("/profile").request()));
        assertTrue(MechanismRequests.forTheMechanism(BrowserRequest.get("/callback").param("state", "s").param("code", "c").request()));
        assertTrue(MechanismRequests.forTheMechanism(BrowserRequest.get("/shelf").underContext("/bookstore").request()));
        assertTrue(MechanismRequests.forTheMechanism(BrowserRequest.get("/metrics").header("Authorization", BASIC_PAIR).request()));
        assertTrue(MechanismRequests.forTheMechanism(BrowserRequest.get("/api/books").header("Authorization", "Bearer abc").request()));
    }

    @Test
    void aForwardOrErrorDispatchCarryingStateIsNotASecondCallback() {
        for (DispatcherType within : List.of(DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.INCLUDE)) {
            BrowserRequest dispatched = BrowserRequest.get("/callback").param("state", "s").param("code", "c").dispatchedAs(within);
            assertFalse(MechanismRequests.forTheMechanism(dispatched.request()), within.name());
        }
        assertTrue(MechanismRequests.forTheMechanism(BrowserRequest.get("/WEB-INF/errorpages/404.xhtml")
                .dispatchedAs(DispatcherType.ERROR).request()), "only a dispatch carrying state is kept away");
    }

    @Test
    void malformedBasicCredentialsAreNotForTheMechanismAndMarkedAsANewAuthentication() {
        for (String malformed : List.of("Basic !!!", "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)),
                "Basic", "basic  b3BzOnNlY3JldA==")) {
            BrowserRequest request = BrowserRequest.get("/admin").header("Authorization", malformed);
            assertFalse(MechanismRequests.forTheMechanism(request.request()), malformed);
            assertTrue(request.attribute(LibertyBasicAudit.AUTH_PARAMS) instanceof AuthenticationParameters marked
                    && marked.isNewAuthentication(), "the error page's own pass through security must skip Liberty's audit: " + malformed);
        }
        BrowserRequest wellFormed = BrowserRequest.get("/admin").header("Authorization", BASIC_PAIR);
        MechanismRequests.forTheMechanism(wellFormed.request());
        assertNull(wellFormed.attribute(LibertyBasicAudit.AUTH_PARAMS));
    }

    @Test
    void aUriNotInNormalFormIsNotForTheMechanism() {
        for (String asSent : List.of("/api/../callback", "/./callback", "//callback", "/callback;jsessionid=x", "/%2e%2e/callback",
                "/api%2F..%2Fcallback")) {
            BrowserRequest request = BrowserRequest.sentAs(asSent, "/callback").param("state", "s").param("code", "c");
            assertFalse(MechanismRequests.forTheMechanism(request.request()), asSent);
            assertFalse(MechanismRequests.isCallback(request.request()), asSent);
        }
    }

    @Test
    void aCallbackIsTheRoutedPathSlashCallbackOnly() {
        assertTrue(MechanismRequests.isCallback(BrowserRequest.get("/callback").request()));
        assertTrue(MechanismRequests.isCallback(BrowserRequest.get("/callback").underContext("/bookstore").request()));
        assertFalse(MechanismRequests.isCallback(BrowserRequest.get("/callback/more").request()));
        assertFalse(MechanismRequests.isCallback(BrowserRequest.get("/callbacks").request()));
        assertFalse(MechanismRequests.isCallback(BrowserRequest.get("/sign-in").param("state", "s").param("code", "c").request()));
        assertTrue(MechanismRequests.isCallback(BrowserRequest.sentAs("/call%62ack", "/callback").request()),
                "decided on the path Liberty routes by (to CallbackServlet), not on the URI as sent");
        assertFalse(MechanismRequests.isCallback(BrowserRequest.sentAs("/callback", "/profile").request()),
                "a URI that looks like the callback is not one unless routed there");
    }

    @Test
    void aCallbackFinishesTheSignInPendingInItsSession() {
        PendingSignIn pending = PendingSignIn.start(SignInIntent.SIGN_IN, "/shelf", null);
        BrowserSession session = new BrowserSession("s1").with(PendingSignIn.SESSION_ATTRIBUTE, pending);
        Optional<PendingSignIn> found = MechanismRequests.pendingFor(callback().in(session).request());
        assertSame(pending, found.orElseThrow());
    }

    @Test
    void withoutCodeOrStateOrWithLogtosErrorNoSignInIsFinished() {
        BrowserSession session = new BrowserSession("s1")
                .with(PendingSignIn.SESSION_ATTRIBUTE, PendingSignIn.start(SignInIntent.SIGN_IN, "/", null));
        assertTrue(MechanismRequests.pendingFor(BrowserRequest.get("/callback").param("state", "s").in(session).request()).isEmpty());
        assertTrue(MechanismRequests.pendingFor(BrowserRequest.get("/callback").param("code", "c").in(session).request()).isEmpty());
        assertTrue(MechanismRequests.pendingFor(callback().param("error", "access_denied").in(session).request()).isEmpty());
    }

    @Test
    void aBrowserWithNoSignInPendingFinishesNone() {
        BrowserRequest noSession = callback();
        assertTrue(MechanismRequests.pendingFor(noSession.request()).isEmpty());
        assertEquals(0, noSession.sessionsMade(), "a callback must not make a session for a browser that has none");
        assertTrue(MechanismRequests.pendingFor(callback().in(new BrowserSession("s1")).request()).isEmpty());
        BrowserSession somethingElse = new BrowserSession("s2").with(PendingSignIn.SESSION_ATTRIBUTE, "not a sign-in");
        assertTrue(MechanismRequests.pendingFor(callback().in(somethingElse).request()).isEmpty());
    }

    @Test
    void aSignedOutVisitorOfAPublicPageAndASignedInCallerHaveNothingForTheMechanism() {
        assertTrue(MechanismRequests.nothingForTheMechanism(BrowserRequest.get("/").request(), MechanismCall.PUBLIC_PAGE.context()));
        assertTrue(MechanismRequests.nothingForTheMechanism(BrowserRequest.get("/profile").signedInAs("u1").request(),
                MechanismCall.PROTECTED_PAGE.context()));
        assertTrue(MechanismRequests.nothingForTheMechanism(BrowserRequest.get("/").signedInAs("u1").request(),
                MechanismCall.PUBLIC_PAGE.context()));
    }

    @Test
    void aSignInToStartOrAStateToCheckIsForTheMechanism() {
        assertFalse(MechanismRequests.nothingForTheMechanism(BrowserRequest.get("/profile").request(),
                MechanismCall.PROTECTED_PAGE.context()), "a signed-out visitor of a protected page is sent to Logto");
        assertFalse(MechanismRequests.nothingForTheMechanism(BrowserRequest.get("/sign-in").request(),
                MechanismCall.AUTHENTICATION_REQUEST.context()));
        assertFalse(MechanismRequests.nothingForTheMechanism(BrowserRequest.get("/sign-in/confirm").signedInAs("u1").request(),
                MechanismCall.AUTHENTICATION_REQUEST.context()), "confirm it's you: signed in, and yet a sign-in");
        assertFalse(MechanismRequests.nothingForTheMechanism(BrowserRequest.get("/").param("state", "s").request(),
                MechanismCall.PUBLIC_PAGE.context()));
        assertFalse(MechanismRequests.nothingForTheMechanism(BrowserRequest.get("/").param("state", "s").signedInAs("u1").request(),
                MechanismCall.PUBLIC_PAGE.context()));
    }

    @Test
    void aSessionSignedInElsewhereIsTheContainersToLearn() {
        UserProfile jane = SignedInUsers.withRoles("jane", List.of("reader"));
        BrowserSession shared = new BrowserSession("s1").with(UserProfile.SESSION_ATTRIBUTE, jane);
        assertEquals(Optional.of(jane), MechanismRequests.signedInWithoutTheContainer(BrowserRequest.get("/").in(shared).request()));
    }

    @Test
    void aCallerTheContainerKnowsIsLearntAgainOnlyOnceTheirRolesChanged() {
        BrowserSession session = new BrowserSession("s1").with(UserProfile.SESSION_ATTRIBUTE, SignedInUsers.withRoles("jane", List.of("reader")));
        assertTrue(MechanismRequests.signedInWithoutTheContainer(BrowserRequest.get("/").in(session).signedInAs("jane").request()).isEmpty());

        UserProfile promoted = SignedInUsers.withRoles("jane", List.of("reader", "admin"));
        assertTrue(SessionProfile.replace(session.session(), promoted));
        assertEquals(Optional.of(promoted), MechanismRequests.signedInWithoutTheContainer(
                BrowserRequest.get("/").in(session).signedInAs("jane").request()));
        assertTrue(MechanismRequests.signedInWithoutTheContainer(BrowserRequest.get("/").in(session).signedInAs("jane").request()).isEmpty(),
                "the change is told once");
    }

    @Test
    void noProfileInTheSessionIsNobodyToLearn() {
        assertTrue(MechanismRequests.signedInWithoutTheContainer(BrowserRequest.get("/").request()).isEmpty());
        assertTrue(MechanismRequests.signedInWithoutTheContainer(BrowserRequest.get("/").in(new BrowserSession("s1")).request()).isEmpty());
        assertTrue(MechanismRequests.signedInWithoutTheContainer(BrowserRequest.get("/").in(new BrowserSession("s2")).signedInAs("jane")
                .request()).isEmpty(), "the sign-in ended: SessionBoundSignInFilter signs the caller out");
    }

    private static BrowserRequest callback() {
        return BrowserRequest.get("/callback").param("code", "the-code").param("state", "the-state");
    }
}
