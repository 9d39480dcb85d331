package dev.bookstore.devprovider;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

/** OpenID Connect Back-Channel Logout tokens, shaped like Logto's. */
final class LogoutTokens {

    static final JOSEObjectType LOGOUT_JWT = new JOSEObjectType("logout+jwt");
    static final String BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

    private static final Duration LIFETIME = Duration.ofSeconds(120);

    private LogoutTokens() {
    }

    /** The claims of the logout token for the session's user; never a nonce, which the spec forbids. */
    static JWTClaimsSet.Builder claims(String clientId, String subject, String sid, ProviderContext context) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new JWTClaimsSet.Builder()
                .issuer(context.issuer())
                .audience(clientId)
                .subject(subject)
                .claim("sid", sid)
                .jwtID(RandomValues.urlSafe())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("events", Map.of(BACKCHANNEL_LOGOUT_EVENT, Map.of()));
    }

    /** Any claims, signed with the current key under a {@code logout+jwt} header. */
    static String sign(JWTClaimsSet claims, ProviderContext context) {
        return context.signingKeys().current().sign(claims.toJSONObject(), LOGOUT_JWT);
    }

    static String issue(ProviderSession ended, ProviderContext context) {
        return sign(claims(ended.clientId(), ended.user().subject(), ended.sid(), context).build(), context);
    }
}
