package dev.bookstore.logto.control;

import dev.bookstore.ground.control.AppConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import dev.bookstore.ground.entity.AppSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.text.ParseException;
import java.util.Set;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Verifies the JWTs Logto sends the app (and the ID token before Liberty checks it too), with one Nimbus processor per kind,
 * built once: a signature by a key of Logto's JWKS ({@link LogtoKeys}; an unknown key id fetches it again) with any
 * algorithm Logto signs with (EC P-256/384/521, RSA), never {@code none} or a shared secret; the {@code typ};
 * the issuer; the audience; the claims that kind must and must not carry.
 */
@ApplicationScoped
public class LogtoJwtVerifier {

    /** What Logto's signing keys produce: the EC algorithm follows the key's curve, RSA keys may sign any of three. */
    static final Set<JWSAlgorithm> LOGTO_ALGORITHMS = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512,
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);
    /**
     * Signatures are checked with Bouncy Castle's provider (not registered JVM-wide): on Java 17 its P-384 ECDSA
     * verification takes 0.7 ms against the JDK's 2.5, and the ID token of every sign-in is verified here and again
     * by Liberty.
     */
    private static final DefaultJWSVerifierFactory VERIFIERS = new DefaultJWSVerifierFactory();

    static {
        VERIFIERS.getJCAContext().setProvider(new BouncyCastleProvider());
    }

    /** Clock difference tolerated with Logto for access tokens: small, since they live only an hour. */
    public static final int ACCESS_TOKEN_CLOCK_SKEW_SECONDS = 5;

    @Inject
    AppConfiguration configuration;

    @Inject
    LogtoKeys keys;

    private volatile DefaultJWTProcessor<SecurityContext> accessTokens;
    private volatile DefaultJWTProcessor<SecurityContext> logoutTokens;
    private volatile DefaultJWTProcessor<SecurityContext> idTokens;

    /**
     * The ID token of a code exchange (OpenID Connect Core 3.1.3.7), checked as strictly as Liberty's mechanism
     * checks it, before the mechanism sees it: signature, issuer, this app as audience, expiry, {@code iat} not
     * ahead of Logto's clock, the nonce the sign-in sent (unless unknown: null), and {@code at_hash} when present.
     * The refusal's message says which check failed and quotes nothing of the token.
     */
    public JWTClaimsSet idToken(String token, String sentNonce, String accessToken) throws InvalidTokenException {
        DefaultJWTProcessor<SecurityContext> processor = idTokens;
        if (processor == null) {
            AppSettings settings = configuration.settings();
            processor = processor(null, new DefaultJWTClaimsVerifier<>(settings.appId(),
                    new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of("sub", "exp", "iat")));
            try {
                processor.setJWSKeySelector(new JWSVerificationKeySelector<>(LOGTO_ALGORITHMS, keys.sourceForLogtosAnswers()));
            } catch (IOException noKeySet) {
                throw new InvalidTokenException("Logto's key set is unknown: " + noKeySet.getMessage(), noKeySet);
            }
            idTokens = processor;
        }
        JWTClaimsSet claims = process(processor, token);
        IdTokenClaims.check(claims, sentNonce, accessToken, token);
        return claims;
    }

    /** An access token for this app's API resource (RFC 9068: {@code typ} at+jwt). */
    public JWTClaimsSet accessToken(String token) throws InvalidTokenException {
        DefaultJWTProcessor<SecurityContext> processor = accessTokens;
        if (processor == null) {
            AppSettings settings = configuration.settings();
            DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(settings.apiResource(),
                    new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of("sub", "exp", "iat"));
            claims.setMaxClockSkew(ACCESS_TOKEN_CLOCK_SKEW_SECONDS);
            processor = processor(new JOSEObjectType("at+jwt"), claims);
            accessTokens = processor;
        }
        return process(processor, token);
    }

    /** A back-channel logout token for this app (OpenID Connect Back-Channel Logout 1.0, 2.4: no {@code nonce}). */
    public JWTClaimsSet logoutToken(String token) throws InvalidTokenException {
        DefaultJWTProcessor<SecurityContext> processor = logoutTokens;
        if (processor == null) {
            AppSettings settings = configuration.settings();
            processor = processor(new JOSEObjectType("logout+jwt"), new DefaultJWTClaimsVerifier<>(Set.of(settings.appId()),
                    new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of("iat", "jti", "events"), Set.of("nonce")));
            logoutTokens = processor;
        }
        return process(processor, token);
    }

    private DefaultJWTProcessor<SecurityContext> processor(JOSEObjectType type, DefaultJWTClaimsVerifier<SecurityContext> claims)
            throws InvalidTokenException {
        DefaultJWTProcessor<SecurityContext> jwt = new DefaultJWTProcessor<>();
        jwt.setJWSVerifierFactory(VERIFIERS);
        jwt.setJWSTypeVerifier(type == null ? new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null)
                : new DefaultJOSEObjectTypeVerifier<>(type)); // RFC 9068 4, Back-Channel Logout 2.4: never plain JWT
        try {
            jwt.setJWSKeySelector(new JWSVerificationKeySelector<>(LOGTO_ALGORITHMS, keys.source()));
        } catch (IOException noKeySet) {
            throw new InvalidTokenException("Logto's key set is unknown: " + noKeySet.getMessage(), noKeySet);
        }
        jwt.setJWTClaimsSetVerifier(claims);
        return jwt;
    }

    private static JWTClaimsSet process(DefaultJWTProcessor<SecurityContext> processor, String token) throws InvalidTokenException {
        try {
            return processor.process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException refused) {
            throw new InvalidTokenException(reason(refused) + " (" + refused.getMessage() + ")", refused);
        }
    }

    /** Which check failed, in the words ops look for; Nimbus's own message follows it. */
    private static String reason(Exception refused) {
        String message = String.valueOf(refused.getMessage());
        if (refused instanceof ParseException) {
            return "not a JWT";
        } else if (refused instanceof ExpiredJWTException) {
            return "expired";
        } else if (message.contains("Unsecured")) {
            return "unsigned (alg none)";
        } else if (message.contains("Invalid signature")) {
            return "bad signature";
        } else if (message.contains("no matching key")) {
            return "unknown key (kid not in Logto's key set) or algorithm";
        } else if (message.contains("iss claim")) {
            return "wrong issuer";
        } else if (message.contains("aud claim")) {
            return "wrong audience";
        }
        return refused instanceof KeySourceException ? "Logto's key set could not be read" : "refused";
    }
}
