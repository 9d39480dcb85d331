package dev.bookstore.devprovider;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Misbehaviour tests can switch on to check that the client refuses a broken or hostile provider.
 * Every fault is off until set; switches take effect for the next request, from any thread.
 */
public final class ProviderFaults {

    /**
     * How the ID tokens of the token endpoint are broken, after the OpenID Foundation's RP certification tests.
     * Everything not named stays as it would be.
     */
    public enum IdTokenFault {
        /** Signed with a different key that carries the published kid. */
        BAD_SIGNATURE,
        /** An unsecured JWT: header alg {@code none}, empty signature part. */
        ALG_NONE,
        /** {@code iss} is the issuer followed by {@code -other}. */
        WRONG_ISSUER,
        /** {@code aud} is {@code some-other-client}. */
        WRONG_AUDIENCE,
        /** {@code exp} an hour ago, {@code iat} two hours ago. */
        EXPIRED,
        /** {@code iat} an hour ahead, {@code exp} an hour after that. */
        ISSUED_IN_THE_FUTURE,
        /** No {@code nonce} claim. */
        NONCE_MISSING,
        /** {@code nonce} is {@code not-the-nonce-that-was-sent}, even when none was sent. */
        NONCE_DIFFERENT,
        /** Signed with a new key whose kid is not in the JWKS. */
        UNKNOWN_KID
    }

    /** How an endpoint fails. The request is still recorded. */
    public enum EndpointFault {
        /** Answers 500 {@code {"error":"server_error"}}. */
        SERVER_ERROR,
        /** Waits 30 s, or until the provider is closed, then answers as {@link #SERVER_ERROR}. */
        HANG
    }

    private volatile String userinfoSubject;
    private volatile boolean refreshTokensInvalid;
    private volatile boolean clientSecretRotated;
    private volatile IdTokenFault idTokenFault;
    private volatile boolean apiResourceMissing;
    private volatile String authorizationError;
    private volatile boolean redirectUrisUnregistered;
    private volatile Duration signInsLookOlderBy = Duration.ZERO;
    private final Map<String, EndpointFault> endpointFaults = new ConcurrentHashMap<>();

    /**
     * The {@code auth_time} of sign-ins from now on lies this long in the past, as if the user had authenticated at
     * Logto that long ago and Logto had reused the session; {@link Duration#ZERO} (the default) turns it off.
     */
    public void signInsLookOlderBy(Duration age) {
        signInsLookOlderBy = age;
    }

    Duration signInsLookOlderBy() {
        return signInsLookOlderBy;
    }

    /** While set, {@code /oidc/me} answers with this {@code sub} instead of the user's own; null turns it off. */
    public void userinfoSubject(String subject) {
        userinfoSubject = subject;
    }

    /**
     * While on, every refresh_token grant answers 400 {@code invalid_grant}, as when the grant was revoked at
     * Logto. The refresh tokens themselves are kept, so they work again once this is off.
     */
    public void refreshTokensInvalid(boolean on) {
        refreshTokensInvalid = on;
    }

    /**
     * While on, the token and revocation endpoints refuse the client's secret with 401 {@code invalid_client},
     * as after someone rotated the app secret in the Logto Console (or the app is of the wrong type).
     */
    public void clientSecretRotated(boolean on) {
        clientSecretRotated = on;
    }

    /** While set, every ID token the token endpoint issues (any grant) is broken this way; null turns it off. */
    public void idTokenFault(IdTokenFault fault) {
        idTokenFault = fault;
    }

    /**
     * While set, every request whose path equals {@code path} (e.g. {@code /oidc/token}), whatever its method,
     * fails this way; a null fault turns it off.
     */
    public void endpointFault(String path, EndpointFault fault) {
        if (fault == null) {
            endpointFaults.remove(path);
        } else {
            endpointFaults.put(path, fault);
        }
    }

    /**
     * While on, the tenant has no API resource, as when its creation was skipped in the Console: an authorization
     * request naming it comes back with {@code invalid_target}, as Logto answers.
     */
    public void apiResourceMissing(boolean on) {
        apiResourceMissing = on;
    }

    /**
     * While set, every authorization request the provider would otherwise accept comes back to the client's
     * redirect URI with this OAuth error (e.g. {@code invalid_scope}, {@code unauthorized_client}); null turns it off.
     */
    public void authorizationError(String error) {
        authorizationError = error;
    }

    /** While on, no redirect URI is registered for the client: Logto shows its own error page and never redirects. */
    public void redirectUrisUnregistered(boolean on) {
        redirectUrisUnregistered = on;
    }

    /** Turns every fault off. */
    public void reset() {
        userinfoSubject = null;
        refreshTokensInvalid = false;
        clientSecretRotated = false;
        idTokenFault = null;
        apiResourceMissing = false;
        authorizationError = null;
        redirectUrisUnregistered = false;
        signInsLookOlderBy = Duration.ZERO;
        endpointFaults.clear();
    }

    Optional<String> substitutedUserinfoSubject() {
        return Optional.ofNullable(userinfoSubject);
    }

    boolean clientSecretIsRotated() {
        return clientSecretRotated;
    }

    boolean refreshTokensAreInvalid() {
        return refreshTokensInvalid;
    }

    boolean apiResourceIsMissing() {
        return apiResourceMissing;
    }

    Optional<String> authorizationError() {
        return Optional.ofNullable(authorizationError);
    }

    boolean redirectUrisAreUnregistered() {
        return redirectUrisUnregistered;
    }

    Optional<IdTokenFault> idTokenFault() {
        return Optional.ofNullable(idTokenFault);
    }

    Optional<EndpointFault> endpointFault(String path) {
        return Optional.ofNullable(endpointFaults.get(path));
    }
}
