package dev.bookstore.devprovider;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Opaque access and refresh tokens currently valid, with the grant each belongs to. */
final class IssuedTokens {

    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofHours(1);

    private record AccessToken(Grant grant, Instant expiresAt) {
    }

    private final Map<String, AccessToken> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();

    String issueAccessToken(Grant grant) {
        Instant now = Instant.now();
        accessTokens.values().removeIf(token -> token.expiresAt().isBefore(now));
        String value = RandomValues.urlSafe();
        accessTokens.put(value, new AccessToken(grant, now.plus(ACCESS_TOKEN_LIFETIME)));
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

    /** Removes the refresh token and returns its grant; empty if unknown, revoked or another client's. */
    Optional<Grant> redeemRefreshToken(String value, String clientId) {
        Grant grant = value == null ? null : refreshTokens.get(value);
        if (grant == null || !grant.clientId().equals(clientId) || !refreshTokens.remove(value, grant)) {
            return Optional.empty();
        }
        return Optional.of(grant);
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
