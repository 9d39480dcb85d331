package dev.bookstore.tokens.control;

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
import java.io.IOException;
import java.util.Set;

/**
 * Verifies Logto access tokens for this app's API with Nimbus: ES384 or RS256 signature against Logto's
 * JWKS (cached; an unknown key id fetches the set again, so key rotation needs no restart), {@code typ}
 * at+jwt, issuer, audience = the API resource, expiry. No {@code alg: none}, no symmetric algorithms.
 */
@ApplicationScoped
public class AccessTokenVerifier {

    /** Clock difference tolerated with Logto: small, since access tokens live only an hour. */
    static final int CLOCK_SKEW_SECONDS = 5;

    @Inject
    LogtoConfiguration configuration;

    @Inject
    LogtoKeys keys;

    private volatile DefaultJWTProcessor<SecurityContext> processor;

    public JWTClaimsSet verify(String token) throws Exception {
        return processor().process(token, null);
    }

    private DefaultJWTProcessor<SecurityContext> processor() throws IOException {
        DefaultJWTProcessor<SecurityContext> known = processor;
        if (known == null) {
            known = create(configuration.settings());
            processor = known;
        }
        return known;
    }

    private DefaultJWTProcessor<SecurityContext> create(LogtoSettings settings) throws IOException {
        DefaultJWTProcessor<SecurityContext> jwt = new DefaultJWTProcessor<>();
        jwt.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt"), JOSEObjectType.JWT));
        jwt.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.ES384, JWSAlgorithm.RS256), keys.source()));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(settings.apiResource(),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of("sub", "exp", "iat"));
        claims.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        jwt.setJWTClaimsSetVerifier(claims);
        return jwt;
    }
}
