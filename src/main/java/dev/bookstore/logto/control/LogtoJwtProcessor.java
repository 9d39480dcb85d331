package dev.bookstore.logto.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.security.Key;
import java.security.Provider;
import java.security.Security;
import java.text.ParseException;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * One kind of token Logto sends the app, checked by Nimbus: a signature by a key of Logto's key set with an algorithm
 * Logto signs with, never {@code none} or a shared secret; the {@code typ}; the claims ({@link ExpectedClaims}).
 * A refusal says which check failed ({@link TokenRefusal}).
 */
final class LogtoJwtProcessor {

    /** What Logto's signing keys produce: the EC algorithm follows the key's curve, RSA keys may sign any of three. */
    static final Set<JWSAlgorithm> LOGTO_ALGORITHMS = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512,
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);
    /**
     * Signatures are checked with Bouncy Castle's provider: on Java 17 its P-384 ECDSA verification takes 0.7 ms against
     * the JDK's 2.5, and the ID token of every sign-in is verified here and again by Liberty. Its keys are kept as Bouncy
     * Castle's own objects ({@link BouncyCastleKeys}), which cuts that again. The provider is the one the server's JVM
     * loads for Liberty's own check (liberty/jvm.options, java.security), not a copy in the WAR: its 5,800 classes there
     * made Liberty and CDI scan them at every start (docs/PERFORMANCE.md). A JVM without it: the JDK's providers.
     */
    private static final Provider BOUNCY_CASTLE = Security.getProvider("BC");
    private static final DefaultJWSVerifierFactory VERIFIERS = new DefaultJWSVerifierFactory();
    private static final BouncyCastleKeys KEYS = new BouncyCastleKeys(BOUNCY_CASTLE);

    static {
        VERIFIERS.getJCAContext().setProvider(BOUNCY_CASTLE);
        Logger.getLogger(LogtoJwtProcessor.class.getName()).info(() -> BOUNCY_CASTLE != null
                ? "Token signatures are checked with the server JVM's " + BOUNCY_CASTLE.getInfo()
                : "Token signatures are checked with the JDK's providers: the server's JVM has no Bouncy Castle (liberty/jvm.options)");
    }

    private final DefaultJWTProcessor<TokenVerification> jwt = new DefaultJWTProcessor<>();

    /** @param type the {@code typ} this kind must carry, or null for an ID token ({@code JWT} or none) */
    LogtoJwtProcessor(JOSEObjectType type, JWKSource<SecurityContext> keys, ExpectedClaims claims) {
        jwt.setJWSVerifierFactory(VERIFIERS);
        jwt.setJWSTypeVerifier(type == null ? new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null)
                : new DefaultJOSEObjectTypeVerifier<>(type)); // RFC 9068 4, Back-Channel Logout 2.4: never plain JWT
        JWSVerificationKeySelector<SecurityContext> logtosKeys = new JWSVerificationKeySelector<>(LOGTO_ALGORITHMS, keys);
        jwt.setJWSKeySelector((header, verification) -> {
            List<? extends Key> candidates = logtosKeys.selectJWSKeys(header, verification);
            if (candidates == null || candidates.isEmpty()) {
                verification.refused(TokenRefusal.UNKNOWN_KEY); // an algorithm not listed gets none either
                return candidates;
            }
            return candidates.stream().map(KEYS::of).toList();
        });
        jwt.setJWTClaimsSetVerifier(claims);
    }

    JWTClaimsSet process(String token) throws InvalidTokenException {
        JWT parsed;
        try {
            parsed = JWTParser.parse(token);
        } catch (ParseException unreadable) {
            throw TokenRefusal.NOT_A_JWT.refusal(unreadable);
        }
        TokenVerification verification = new TokenVerification();
        try {
            return jwt.process(parsed, verification);
        } catch (BadJOSEException | JOSEException refused) {
            throw TokenRefusal.of(parsed, refused, verification).refusal(refused);
        }
    }
}
