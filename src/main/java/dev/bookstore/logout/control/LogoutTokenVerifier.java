package dev.bookstore.logout.control;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.bookstore.logto.control.LogtoConfiguration;
import dev.bookstore.logto.control.LogtoKeys;
import dev.bookstore.logto.entity.LogtoSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Checks a back-channel logout token as OpenID Connect Back-Channel Logout 1.0 (2.6) asks: signature by
 * Logto (ES384/RS256, JWKS), {@code typ} logout+jwt, issuer, audience = this app, a recent {@code iat},
 * the back-channel {@code events} member, {@code sid} and/or {@code sub}, no {@code nonce}, unseen {@code jti}.
 */
@ApplicationScoped
public class LogoutTokenVerifier {

    static final String BACKCHANNEL_EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    @Inject
    LogtoConfiguration configuration;

    @Inject
    LogtoKeys keys;

    @Inject
    SeenLogoutTokens seen;

    /** @return the verified claims; their {@code sid} and/or {@code sub} name the sessions to end */
    public JWTClaimsSet verify(String token) throws Exception {
        JWTClaimsSet claims = processor().process(token, null);
        Instant issuedAt = claims.getIssueTime().toInstant();
        if (issuedAt.isBefore(Instant.now().minus(MAX_AGE)) || issuedAt.isAfter(Instant.now().plusSeconds(30))) {
            throw new IllegalArgumentException("iat is not recent");
        }
        if (!(claims.getClaim("events") instanceof Map<?, ?> events) || !(events.get(BACKCHANNEL_EVENT) instanceof Map)) {
            throw new IllegalArgumentException("no back-channel logout event");
        }
        if (claims.getSubject() == null && claims.getStringClaim("sid") == null) {
            throw new IllegalArgumentException("neither sid nor sub");
        }
        if (!seen.firstTime(claims.getJWTID(), issuedAt.plus(MAX_AGE))) {
            throw new IllegalArgumentException("replayed jti");
        }
        return claims;
    }

    private DefaultJWTProcessor<SecurityContext> processor() throws java.io.IOException {
        LogtoSettings settings = configuration.settings();
        DefaultJWTProcessor<SecurityContext> jwt = new DefaultJWTProcessor<>();
        jwt.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("logout+jwt"), JOSEObjectType.JWT));
        jwt.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.ES384, JWSAlgorithm.RS256), keys.source()));
        jwt.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(Set.of(settings.appId()),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of("iat", "jti", "events"), Set.of("nonce")));
        return jwt;
    }
}
