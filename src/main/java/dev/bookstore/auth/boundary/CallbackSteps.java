package dev.bookstore.auth.boundary;

import dev.bookstore.auth.control.RefusedCallbackCause;
import dev.bookstore.auth.entity.CallbackOutcome;
import dev.bookstore.auth.entity.ExchangeResult;
import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.auth.entity.SignInIntent;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.auth.entity.SignInRefusal;
import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.ground.control.BookstoreMetrics;
import dev.bookstore.profile.control.ProfileLoader;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.control.UserinfoRefusedException;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.sessions.control.SignedInSessions;
import dev.bookstore.tokens.entity.UserTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Steps 5 and 6 of a callback, and why one was refused; the order they run in is {@link SignInFlow}'s. */
@ApplicationScoped
public class CallbackSteps {

    @Inject
    ProfileLoader profiles;

    @Inject
    RefusedCallbackCause refusedCallbacks;

    @Inject
    SignedInSessions sessions;

    @Inject
    AppConfiguration configuration;

    @Inject
    BookstoreMetrics metrics;

    /** Why the mechanism refused: what the relay found (an outage, refused credentials, a refused code or ID token), else what is left. */
    CallbackOutcome refused(Optional<ExchangeResult> exchange) {
        if (exchange.isEmpty()) {
            return CallbackOutcome.refused(new SignInRefusal(SignInProblem.FAILED,
                    "the mechanism refused the callback before redeeming its code (unknown or replayed state)"));
        }
        return CallbackOutcome.refused(exchange.get().isRefused() ? exchange.get().refusal() : refusedCallbacks.afterCheckedExchange());
    }

    /** Step 5: the profile, from the ID token's claims and one userinfo call, or a refusal when userinfo is about someone else. */
    CallbackOutcome profile(ExchangeResult redeemed) {
        if (redeemed.isRefused()) {
            return CallbackOutcome.refused(redeemed.refusal());
        }
        try {
            UserProfile profile = profiles.load(redeemed.idTokenClaims(), redeemed.accessToken());
            return CallbackOutcome.accepted(profile, redeemed.refreshToken() == null ? null : UserTokens.of(redeemed.refreshToken()));
        } catch (UserinfoRefusedException refused) {
            return CallbackOutcome.refused(new SignInRefusal(SignInProblem.FAILED, refused.getMessage()));
        }
    }

    /**
     * Step 6: a new session id (no fixation; Liberty keeps the old one, docs/upstream/oidc-session-id-not-changed-at-
     * sign-in.md), the profile and tokens in the session, the pending sign-in done with. A "confirm it's you" sign-in
     * (admin pages, ADMIN_MAX_AGE) must come back as this session's user, authenticated by Logto just now
     * ({@code auth_time}), or it changes nothing.
     */
    CallbackOutcome signIn(HttpServletRequest request, PendingSignIn pending, CallbackOutcome profiled) {
        if (!profiled.isAccepted()) {
            return profiled;
        }
        HttpSession session = request.getSession();
        UserProfile profile = profiled.profile();
        session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        Optional<String> unconfirmed = pending.intent() == SignInIntent.CONFIRM ? unconfirmed(session, profile) : Optional.empty();
        if (unconfirmed.isPresent()) {
            return CallbackOutcome.unconfirmed(new SignInRefusal(SignInProblem.FAILED, "confirming it's them: " + unconfirmed.get()));
        }
        request.changeSessionId();
        session = request.getSession();
        session.setAttribute(UserProfile.SESSION_ATTRIBUTE, profile);
        session.setAttribute(UserTokens.SESSION_ATTRIBUTE, profiled.tokens());
        sessions.signedIn(session, profile.subject(), profile.logtoSession());
        metrics.signInCompleted(Duration.between(pending.startedAt(), Instant.now()));
        return profiled.landingOn(pending.returnTo());
    }

    private Optional<String> unconfirmed(HttpSession session, UserProfile confirmed) {
        if (session.getAttribute(UserProfile.SESSION_ATTRIBUTE) instanceof UserProfile before
                && !before.subject().equals(confirmed.subject())) {
            return Optional.of("Logto signed in another user than the one of this session");
        }
        if (!confirmed.authenticatedWithin(configuration.settings().adminMaxAge(), Instant.now())) {
            return Optional.of("Logto's auth_time is older than ADMIN_MAX_AGE: it did not authenticate the user again");
        }
        return Optional.empty();
    }

    /** Step 7 gets the outcome; a callback not accepted is not signed in, and pages rendered for it show nobody. */
    static AuthenticationStatus answer(HttpServletRequest request, HttpMessageContext context, CallbackOutcome outcome,
                                       AuthenticationStatus status) {
        request.setAttribute(CallbackOutcome.ATTRIBUTE, outcome);
        if (outcome.isAccepted()) {
            return status;
        }
        SessionProfile.refuseForThisRequest(request);
        return context.doNothing(); // not completing the authentication: no sign-in cookie is issued
    }
}
