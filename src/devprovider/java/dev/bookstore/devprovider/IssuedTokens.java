package dev.bookstore.devprovider;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Opaque access and refresh tokens currently valid, with the grant each belongs to. */
final class IssuedTokens {

    static final Duration DEFAULT_ACCESS_TOKEN_LIFETIME = Duration.ofHours(1);

    private record AccessToken(Grant grant, Instant expiresAt) {
    }

    private final Map<String, AccessToken> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private volatile Duration accessTokenLifetime = DEFAULT_ACCESS_TOKEN_LIFETIME;

    /** How long access tokens issued from now on live, opaque and JWT alike. */
    Duration accessTokenLifetime() {
        return accessTokenLifetime;
    }

    void accessTokenLifetime(Duration lifetime) {
        if (lifetime.isNegative()) {
            throw new IllegalArgumentException("An access token lifetime cannot be negative");
        }
        accessTokenLifetime = Duration.ofSeconds(lifetime.toSeconds());
    }

    String issueAccessToken(Grant grant) {
        Instant now = Instant.now();
        accessTokens.values().removeIf(token -> token.expiresAt().isBefore(now));
        String value = RandomValues.urlSafe();
        accessTokens.put(value, new AccessToken(grant, now.plus(accessTokenLifetime)));
        return value;
    }

    String issueRefreshToken(Grant grant) {
        String value = RandomValues.urlSafe();
        refreshTokens.put(value, grant);
        return value;
    }

    Optional<Grant> grantOfAccessToken(String value) {
        AccessToken token = value == null ? null : accessTokens.get(value);
        return token == null || token.expiresAt().isBefore(Instant.now())
                ? Optional.empty() : Optional.of(token.grant());
    }

    /** The grant of a valid refresh token of the client; empty if unknown, revoked or another client's. */
    Optional<Grant> grantOfRefreshToken(String value, String clientId) {
        Grant grant = value == null ? null : refreshTokens.get(value);
        return grant == null || !grant.clientId().equals(clientId) ? Optional.empty() : Optional.of(grant);
    }

    /** Ends the refresh token once its grant succeeded; false when it was used or revoked meanwhile. */
    boolean consumeRefreshToken(String value, Grant grant) {
        return refreshTokens.remove(value, grant);
    }

    /** Revokes an access or refresh token of the client; others' tokens stay untouched. */
    void revoke(String value, String clientId) {
        refreshTokens.computeIfPresent(value, (key, grant) -> grant.clientId().equals(clientId) ? null : grant);
        accessTokens.computeIfPresent(value,
                (key, token) -> token.grant().clientId().equals(clientId) ? null : token);
    }

    void revokeGrant(String grantId) {
        refreshTokens.values().removeIf(grant -> grant.id().equals(grantId));
        accessTokens.values().removeIf(token -> token.grant().id().equals(grantId));
    }

    /** On sign-out Logto revokes the session's grants, except those with offline access. */
    void revokeOnlineGrantsOf(String sessionId) {
        refreshTokens.values().removeIf(grant -> grant.sessionId().equals(sessionId) && !grant.offline());
        accessTokens.values().removeIf(token -> token.grant().sessionId().equals(sessionId)
                && !token.grant().offline());
    }
}
