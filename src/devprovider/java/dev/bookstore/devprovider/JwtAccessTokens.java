package dev.bookstore.devprovider;

import com.nimbusds.jose.JOSEObjectType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Access tokens for an API resource or an organization: signed JWTs shaped like Logto's (RFC 9068). */
final class JwtAccessTokens {

    private static final JOSEObjectType AT_JWT = new JOSEObjectType("at+jwt");

    private JwtAccessTokens() {
    }

    static String issue(Grant grant, TokenAudience audience, ProviderContext context) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("jti", RandomValues.urlSafe());
        claims.put("sub", grant.user().subject());
        claims.put("iat", now);
        claims.put("exp", now + context.tokens().accessTokenLifetime().toSeconds());
        if (audience.scope() != null) {
            claims.put("scope", audience.scope());
        }
        claims.put("client_id", grant.clientId());
        claims.put("iss", context.issuer());
        claims.put("aud", audience.audience());
        if (audience.organizationId() != null) {
            claims.put("organization_id", audience.organizationId());
        }
        return context.signingKeys().current().sign(claims, AT_JWT);
    }
}
