package dev.bookstore.auth.entity;

import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.tokens.entity.UserTokens;

/**
 * What steps 3 to 6 of a callback decided ({@code SignInFlow}), for step 7 ({@code CallbackServlet}): the user is
 * signed in (and where to go now), or the sign-in was refused and why. A refused callback is not signed in, whatever
 * the mechanism had already set up for it; an unconfirmed one ("confirm it's you") leaves the session's own sign-in as
 * it was.
 */
public record CallbackOutcome(Kind kind, UserProfile profile, UserTokens tokens, SignInRefusal refusal, String returnTo) {

    public enum Kind { ACCEPTED, REFUSED, UNCONFIRMED }

    /** The one request attribute between {@code SignInFlow} and {@code CallbackServlet}. */
    public static final String ATTRIBUTE = CallbackOutcome.class.getName();

    /** Step 5's result: who signed in; step 6 still decides. */
    public static CallbackOutcome accepted(UserProfile profile, UserTokens tokens) {
        return new CallbackOutcome(Kind.ACCEPTED, profile, tokens, null, null);
    }

    public static CallbackOutcome refused(SignInRefusal refusal) {
        return new CallbackOutcome(Kind.REFUSED, null, null, refusal, null);
    }

    public static CallbackOutcome unconfirmed(SignInRefusal refusal) {
        return new CallbackOutcome(Kind.UNCONFIRMED, null, null, refusal, null);
    }

    /** Step 6's result: signed in, to land on {@code returnTo}. */
    public CallbackOutcome landingOn(String page) {
        return new CallbackOutcome(kind, profile, tokens, refusal, page);
    }

    public boolean isAccepted() {
        return kind == Kind.ACCEPTED;
    }
}
