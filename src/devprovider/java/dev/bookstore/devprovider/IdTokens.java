package dev.bookstore.devprovider;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds and signs ID tokens the way Logto shapes them (or as a misbehaving provider would). */
final class IdTokens {

    private static final long LIFETIME_SECONDS = 3600;

    private IdTokens() {
    }

    /** {@code nonce} may be null (refresh grant); {@code accessToken} is bound through at_hash. */
    static String issue(Grant grant, String nonce, String accessToken, ProviderContext context) {
        Map<String, Object> claims = claims(grant, nonce, accessToken, context);
        return context.misbehaviour().idTokenInstead(claims, context)
                .orElseGet(() -> context.signingKeys().current().sign(claims));
    }

    private static Map<String, Object> claims(Grant grant, String nonce, String accessToken,
            ProviderContext context) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>(UserClaims.of(context.tenant().current(grant.user()), grant.scopes(), context));
        claims.put("iss", context.issuer());
        claims.put("aud", grant.clientId());
        claims.put("exp", now + LIFETIME_SECONDS);
        claims.put("iat", now);
        if (nonce != null) {
            claims.put("nonce", nonce);
        }
        claims.put("at_hash", TokenHashes.atHash(accessToken, context.signingKeys().current().algorithm()));
        claims.put("sid", grant.sessionId());
        if (grant.authTime() != null) {
            claims.put("auth_time", grant.authTime());
        }
        return claims;
    }
}
