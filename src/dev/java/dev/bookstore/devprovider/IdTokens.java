package dev.bookstore.devprovider;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds and signs ID tokens the way Logto shapes them. */
final class IdTokens {

    private IdTokens() {
    }

    /** {@code nonce} may be null (refresh grant); {@code accessToken} is bound through at_hash. */
    static String issue(Grant grant, String nonce, String accessToken, ProviderContext context) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>(UserClaims.of(grant.user(), grant.scopes(), context));
        claims.put("iss", context.issuer());
        claims.put("aud", grant.clientId());
        claims.put("exp", now + 3600);
        claims.put("iat", now);
        if (nonce != null) {
            claims.put("nonce", nonce);
        }
        claims.put("at_hash", TokenHashes.atHash(accessToken));
        claims.put("sid", grant.sessionId());
        return context.signingKey().sign(claims);
    }
}
