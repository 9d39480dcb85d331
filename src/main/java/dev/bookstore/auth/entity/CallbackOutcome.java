package dev.bookstore.auth.entity;

import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.tokens.entity.UserTokens;

/**
 * What the mechanism's half of a callback decided, handed to the servlet that finishes it: either the accepted
 * user (profile, and the refresh token when Logto issued one) or the reason the sign-in was refused. A refused
 * callback is not signed in, whatever the mechanism had already set up for it.
 */
public record CallbackOutcome(UserProfile profile, UserTokens tokens, SignInRefusal refusal) {

    /** The one request attribute between {@code CallbackGuard} and {@code CallbackServlet}. */
    public static final String ATTRIBUTE = CallbackOutcome.class.getName();

    public static CallbackOutcome accepted(UserProfile profile, UserTokens tokens) {
        return new CallbackOutcome(profile, tokens, null);
    }

    public static CallbackOutcome refused(SignInRefusal refusal) {
        return new CallbackOutcome(null, null, refusal);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
