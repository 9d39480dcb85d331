package dev.bookstore.devprovider;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Misbehaviour tests can switch on to check that the client refuses a broken or hostile provider: the provider's
 * {@link Misbehaviour}, which only tests bring. Every fault is off until set; switches take effect for the next
 * request, from any thread.
 */
public final class ProviderFaults implements Misbehaviour {

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

    /** While set, every request to {@code path} (e.g. {@code /oidc/token}) fails this way; null turns it off. */
    public void endpointFault(String path, EndpointFault fault) {
        if (fault == null) {
            endpointFaults.remove(path);
        } else {
            endpointFaults.put(path, fault);
        }
    }

    /** While on, the tenant has no API resource, as when its creation was skipped in the Console. */
    public void apiResourceMissing(boolean on) {
        apiResourceMissing = on;
    }

    /** While set, acceptable authorization requests get this OAuth error (e.g. {@code invalid_scope}); null: off. */
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

    @Override
    public Optional<Reply> replyInstead(RecordedRequest request) {
        return Optional.ofNullable(endpointFaults.get(request.path())).map(FaultyEndpointReplies::replyFor);
    }

    @Override
    public boolean refusesEveryRedirectUri() {
        return redirectUrisUnregistered;
    }

    @Override
    public boolean hidesApiResource() {
        return apiResourceMissing;
    }

    @Override
    public Optional<String> authorizationError() {
        return Optional.ofNullable(authorizationError);
    }

    @Override
    public boolean refusesClientSecret() {
        return clientSecretRotated;
    }

    @Override
    public boolean refusesRefreshTokens() {
        return refreshTokensInvalid;
    }

    @Override
    public Optional<String> idTokenInstead(Map<String, Object> claims, ProviderContext context) {
        return Optional.ofNullable(idTokenFault).map(fault -> FaultyIdTokens.issue(fault, claims, context));
    }

    @Override
    public Duration signInAge() {
        return signInsLookOlderBy;
    }

    @Override
    public Optional<String> userinfoSubject() {
        return Optional.ofNullable(userinfoSubject);
    }
}
