package dev.bookstore.devprovider;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where the provider may be made to misbehave: each method is asked at the one point of the protocol it changes, and
 * its default is Logto's own behaviour. The provider a user runs has {@link #NONE}; tests bring their faults
 * (src/test/java, {@code ProviderFaults}), so that a refusing client can be checked against a broken or hostile Logto.
 */
interface Misbehaviour {

    Misbehaviour NONE = new Misbehaviour() {
    };

    /** A reply to send instead of the route's own (a 500, one after a hang); the request is still recorded. */
    default Optional<Reply> replyInstead(RecordedRequest request) {
        return Optional.empty();
    }

    /** No redirect URI counts as registered: Logto shows its own error page and never redirects. */
    default boolean refusesEveryRedirectUri() {
        return false;
    }

    /** The tenant has no API resource: an authorization request naming one gets {@code invalid_target}. */
    default boolean hidesApiResource() {
        return false;
    }

    /** The OAuth error every otherwise acceptable authorization request gets, if any. */
    default Optional<String> authorizationError() {
        return Optional.empty();
    }

    /** The client's secret is refused at the token and revocation endpoints. */
    default boolean refusesClientSecret() {
        return false;
    }

    /** Every refresh_token grant gets {@code invalid_grant}. */
    default boolean refusesRefreshTokens() {
        return false;
    }

    /** An ID token to issue instead of the correct one, whose {@code claims} (with {@code iat}) are given. */
    default Optional<String> idTokenInstead(Map<String, Object> claims, ProviderContext context) {
        return Optional.empty();
    }

    /** How long ago a sign-in's {@code auth_time} says the user authenticated (none: now). */
    default Duration signInAge() {
        return Duration.ZERO;
    }

    /** A {@code sub} for userinfo to answer instead of the user's own. */
    default Optional<String> userinfoSubject() {
        return Optional.empty();
    }
}
