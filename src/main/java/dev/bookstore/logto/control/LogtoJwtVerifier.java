package dev.bookstore.logto.control;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.ground.entity.AppSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Set;

/**
 * Verifies the JWTs Logto sends the app (and the ID token before Liberty checks it too), with one processor per kind
 * ({@link LogtoJwtProcessor}), built once: a signature by a key of Logto's JWKS ({@link LogtoKeys}; an unknown key
 * id fetches it again) with any algorithm Logto signs with (EC P-256/384/521, RSA), never {@code none} or a shared
 * secret; the {@code typ}; the issuer; the audience; the claims that kind must and must not carry.
 */
@ApplicationScoped
public class LogtoJwtVerifier {

    /** Clock difference tolerated with Logto for access tokens: small, since they live only an hour. */
    public static final int ACCESS_TOKEN_CLOCK_SKEW_SECONDS = 5;

    @Inject
    AppConfiguration configuration;

    @Inject
    LogtoKeys keys;

    private volatile LogtoJwtProcessor accessTokens;
    private volatile LogtoJwtProcessor organizationTokens;
    private volatile LogtoJwtProcessor logoutTokens;
    private volatile LogtoJwtProcessor idTokens;

    /**
     * The ID token of a code exchange (OpenID Connect Core 3.1.3.7), checked as strictly as Liberty's mechanism
     * checks it, before the mechanism sees it: signature, issuer, this app as audience, expiry, {@code iat} not
     * ahead of Logto's clock, the nonce the sign-in sent (unless unknown: null), and {@code at_hash} when present.
     * The refusal's message says which check failed and quotes nothing of the token.
     */
    public JWTClaimsSet idToken(String token, String sentNonce, String accessToken) throws InvalidTokenException {
        LogtoJwtProcessor processor = idTokens;
        if (processor == null) {
            AppSettings settings = configuration.settings();
            processor = new LogtoJwtProcessor(null, keySet(true),
                    new ExpectedClaims(settings.appId(), settings.issuer(), Set.of("sub", "exp", "iat"), null));
            idTokens = processor;
        }
        JWTClaimsSet claims = processor.process(token);
        IdTokenClaims.check(claims, sentNonce, accessToken, token);
        return claims;
    }

    /** An access token for this app's API resource (RFC 9068: {@code typ} at+jwt). */
    public JWTClaimsSet accessToken(String token) throws InvalidTokenException {
        LogtoJwtProcessor processor = accessTokens;
        if (processor == null) {
            processor = accessTokenProcessor(configuration.settings().apiResource(), Set.of("sub", "exp", "iat"));
            accessTokens = processor;
        }
        return processor.process(token);
    }

    /**
     * An access token of Logto's for some organization, checked as {@link #accessToken} but for its audience, which
     * the caller compares with the organization the request is about ({@code OrganizationOfToken}).
     */
    public JWTClaimsSet organizationToken(String token) throws InvalidTokenException {
        LogtoJwtProcessor processor = organizationTokens;
        if (processor == null) {
            processor = accessTokenProcessor(null, Set.of("sub", "exp", "iat", "aud"));
            organizationTokens = processor;
        }
        return processor.process(token);
    }

    /** RFC 9068's {@code typ} at+jwt, Logto's issuer, a small clock skew; {@code audience} null: the caller's to compare. */
    private LogtoJwtProcessor accessTokenProcessor(String audience, Set<String> required) throws InvalidTokenException {
        ExpectedClaims claims = new ExpectedClaims(audience, configuration.settings().issuer(), required, null);
        claims.setMaxClockSkew(ACCESS_TOKEN_CLOCK_SKEW_SECONDS);
        return new LogtoJwtProcessor(new JOSEObjectType("at+jwt"), keySet(false), claims);
    }

    /** A back-channel logout token for this app (OpenID Connect Back-Channel Logout 1.0, 2.4: no {@code nonce}). */
    public JWTClaimsSet logoutToken(String token) throws InvalidTokenException {
        LogtoJwtProcessor processor = logoutTokens;
        if (processor == null) {
            AppSettings settings = configuration.settings();
            processor = new LogtoJwtProcessor(new JOSEObjectType("logout+jwt"), keySet(false),
                    new ExpectedClaims(settings.appId(), settings.issuer(), Set.of("iat", "jti", "events"), Set.of("nonce")));
            logoutTokens = processor;
        }
        return processor.process(token);
    }

    /** @param logtosAnswer whether the token is one Logto's token endpoint has just answered the app with */
    private JWKSource<SecurityContext> keySet(boolean logtosAnswer) throws InvalidTokenException {
        try {
            return logtosAnswer ? keys.sourceForLogtosAnswers() : keys.source();
        } catch (IOException noKeySet) {
            throw new InvalidTokenException("Logto's key set is unknown: " + noKeySet.getMessage(), noKeySet);
        }
    }
}
