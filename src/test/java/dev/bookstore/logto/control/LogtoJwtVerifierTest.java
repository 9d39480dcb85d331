package dev.bookstore.logto.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.bookstore.devprovider.LogtoDouble;
import dev.bookstore.devprovider.LocalLogtoClient;
import dev.bookstore.devprovider.EndpointFault;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each way a token can be refused is named in the words ops look for, whatever Nimbus's own message says: tokens
 * signed by the local Logto's key (a real JWKS over HTTP) or forged here, one fault at a time.
 */
class LogtoJwtVerifierTest {

    private static final String APP = "verifier-app";

    private LogtoDouble logto;
    private LogtoJwtVerifier verifier;

    @BeforeEach
    void start() {
        logto = LogtoDouble.start("127.0.0.1", 0, new LocalLogtoClient(APP, "verifier-secret",
                Set.of("http://localhost:19583/callback"), Set.of("http://localhost:19583/")));
        verifier = verifierFor(logto);
    }

    @AfterEach
    void stop() {
        logto.close();
    }

    private static LogtoJwtVerifier verifierFor(LogtoDouble logto) {
        return LogtoBeans.of(logto.endpoint(), APP, "verifier-secret", "http://localhost:19583").verifier();
    }

    /** An access token as Logto issues it for the Bookstore API, altered by {@code change}. */
    private JWTClaimsSet accessClaims(UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        return change.apply(new JWTClaimsSet.Builder().issuer(logto.issuer()).audience(LogtoDouble.DEFAULT_API_RESOURCE)
                .subject("rdr4x8q2m1ab").claim("scope", "read:books").jwtID("at-1")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))).build();
    }

    private String signedByLogto(JWTClaimsSet claims, String type) {
        return logto.signedLogoutToken(claims, type);
    }

    private String accessToken(UnaryOperator<JWTClaimsSet.Builder> change) {
        return signedByLogto(accessClaims(change), "at+jwt");
    }

    private String logtosKeyId() throws Exception {
        return SignedJWT.parse(accessToken(UnaryOperator.identity())).getHeader().getKeyID();
    }

    private String accessRefusal(String token) {
        return assertThrows(InvalidTokenException.class, () -> verifier.accessToken(token)).getMessage();
    }

    private static void assertReason(String reason, String refusal) {
        assertTrue(refusal.startsWith(reason + " ("), "expected '" + reason + "', was: " + refusal);
    }

    @Test
    void aTokenLogtoSignedForTheApiIsAccepted() throws Exception {
        assertEquals("rdr4x8q2m1ab", verifier.accessToken(accessToken(UnaryOperator.identity())).getSubject());
    }

    @Test
    void somethingThatIsNotAJwt() {
        assertReason("not a JWT", accessRefusal("not.a-jwt"));
    }

    @Test
    void anExpiredToken() {
        Instant past = Instant.now().minusSeconds(7200);
        assertReason("expired", accessRefusal(accessToken(claims -> claims.issueTime(Date.from(past))
                .expirationTime(Date.from(past.plusSeconds(3600))))));
    }

    @Test
    void anUnsignedToken() {
        String plain = new PlainJWT(new PlainHeader.Builder().type(new JOSEObjectType("at+jwt")).build(),
                accessClaims(UnaryOperator.identity())).serialize();
        assertReason("unsigned (alg none)", accessRefusal(plain));
    }

    @Test
    void anotherKeyUnderLogtosKeyId() throws Exception {
        var forger = new ECKeyGenerator(Curve.P_384).keyID(logtosKeyId()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).type(new JOSEObjectType("at+jwt"))
                .keyID(forger.getKeyID()).build(), accessClaims(UnaryOperator.identity()));
        forged.sign(new ECDSASigner(forger));
        assertReason("bad signature", accessRefusal(forged.serialize()));
    }

    @Test
    void aKeyIdLogtoDoesNotPublishOrAnAlgorithmLogtoDoesNotSignWith() throws Exception {
        var stranger = new ECKeyGenerator(Curve.P_384).keyID("not-logtos-key").generate();
        SignedJWT unknownKey = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).type(new JOSEObjectType("at+jwt"))
                .keyID(stranger.getKeyID()).build(), accessClaims(UnaryOperator.identity()));
        unknownKey.sign(new ECDSASigner(stranger));
        assertReason("unknown key (kid not in Logto's key set) or algorithm", accessRefusal(unknownKey.serialize()));
        SignedJWT sharedSecret = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt"))
                .keyID(logtosKeyId()).build(), accessClaims(UnaryOperator.identity()));
        sharedSecret.sign(new MACSigner("a shared secret of at least 256 bits, never Logto's"));
        assertReason("unknown key (kid not in Logto's key set) or algorithm", accessRefusal(sharedSecret.serialize()));
    }

    @Test
    void anotherIssuer() {
        assertReason("wrong issuer", accessRefusal(accessToken(claims -> claims.issuer(logto.issuer() + "-other"))));
    }

    @Test
    void anotherAudienceOrNone() {
        assertReason("wrong audience", accessRefusal(accessToken(claims -> claims.audience("urn:logto:organization:o1"))));
        assertReason("wrong audience", accessRefusal(accessToken(claims -> claims.audience(List.of()))));
    }

    @Test
    void anAccessTokenTypedAsAPlainJwtOrALogoutToken() {
        assertReason("refused", accessRefusal(signedByLogto(accessClaims(UnaryOperator.identity()), "JWT")));
        assertReason("refused", accessRefusal(signedByLogto(accessClaims(UnaryOperator.identity()), "logout+jwt")));
    }

    @Test
    void aKeySetLogtoCannotServeIsNotABadToken() {
        String token = accessToken(UnaryOperator.identity());
        logto.faults().endpointFault("/oidc/jwks", EndpointFault.SERVER_ERROR);
        InvalidTokenException refused = assertThrows(InvalidTokenException.class, () -> verifierFor(logto).accessToken(token));
        assertReason("Logto's key set could not be read", refused.getMessage());
        assertTrue(refused.keysUnavailable());
    }

    @Test
    void aBadTokenIsNotAnUnavailableKeySet() {
        InvalidTokenException refused = assertThrows(InvalidTokenException.class,
                () -> verifier.accessToken(accessToken(claims -> claims.issuer("https://elsewhere.example/oidc"))));
        assertFalse(refused.keysUnavailable());
    }

    @Test
    void aLogoutTokenForThisAppWithTheBackChannelEventAndNoNonce() throws Exception {
        JWTClaimsSet.Builder claims = logto.logoutTokenClaims("rdr4x8q2m1ab", "sid-1");
        assertEquals("sid-1", verifier.logoutToken(logto.signedLogoutToken(claims.build())).getStringClaim("sid"));
        String withNonce = logto.signedLogoutToken(claims.claim("nonce", "n-1").build());
        assertReason("refused", assertThrows(InvalidTokenException.class, () -> verifier.logoutToken(withNonce)).getMessage());
        String forTheApi = logto.signedLogoutToken(logto.logoutTokenClaims("rdr4x8q2m1ab", "sid-1")
                .audience(LogtoDouble.DEFAULT_API_RESOURCE).build());
        assertReason("wrong audience", assertThrows(InvalidTokenException.class, () -> verifier.logoutToken(forTheApi)).getMessage());
    }

    @Test
    void anIdTokenForThisAppWithTheNonceTheSignInSent() throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(logto.issuer()).audience(APP).subject("rdr4x8q2m1ab")
                .claim("nonce", "nonce-1").issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)));
        assertEquals("rdr4x8q2m1ab", verifier.idToken(signedByLogto(claims.build(), "JWT"), "nonce-1", null).getSubject());
        String other = signedByLogto(claims.build(), "JWT");
        assertEquals("nonce differs from the one the sign-in sent",
                assertThrows(InvalidTokenException.class, () -> verifier.idToken(other, "nonce-2", null)).getMessage());
        String accessTokenAsIdToken = accessToken(UnaryOperator.identity());
        assertReason("refused", assertThrows(InvalidTokenException.class,
                () -> verifier.idToken(accessTokenAsIdToken, null, null)).getMessage());
        String forTheApi = signedByLogto(claims.audience(LogtoDouble.DEFAULT_API_RESOURCE).build(), "JWT");
        assertReason("wrong audience", assertThrows(InvalidTokenException.class,
                () -> verifier.idToken(forTheApi, "nonce-1", null)).getMessage());
    }
}
