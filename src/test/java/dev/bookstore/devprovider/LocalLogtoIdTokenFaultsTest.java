package dev.bookstore.devprovider;

import static dev.bookstore.devprovider.FaultTestProvider.CLIENT_ID;
import static dev.bookstore.devprovider.FaultTestProvider.NONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each ID token fault breaks the token endpoint's ID token exactly as the OpenID Foundation's RP tests do. */
class LocalLogtoIdTokenFaultsTest {

    private static final long HOUR_SECONDS = 3600;

    private final FaultTestProvider logto = new FaultTestProvider();

    @AfterEach
    void stop() {
        logto.close();
    }

    @Test
    void withoutAFaultTheIdTokenPassesTheClientChecks() throws Exception {
        SignedJWT idToken = SignedJWT.parse(logto.idToken());
        assertTrue(passesClientChecks(idToken.serialize()));
        assertEquals(NONCE, idToken.getJWTClaimsSet().getStringClaim("nonce"));
    }

    @ParameterizedTest
    @EnumSource(IdTokenFault.class)
    void aClientCheckingTheIdTokenRefusesEveryFault(IdTokenFault fault) throws Exception {
        logto.provider.faults().idTokenFault(fault);
        Map<String, Object> tokens = logto.signIn("openid");
        assertNotNull(tokens.get("access_token"), "only the ID token is broken");
        assertFalse(passesClientChecks((String) tokens.get("id_token")), fault + " must be detectable");
    }

    @Test
    void badSignatureCarriesThePublishedKidButDoesNotVerify() throws Exception {
        logto.provider.faults().idTokenFault(IdTokenFault.BAD_SIGNATURE);
        SignedJWT idToken = SignedJWT.parse(logto.idToken());
        JWK published = onlyKey(logto.jwks());
        assertEquals(JWSAlgorithm.ES384, idToken.getHeader().getAlgorithm());
        assertEquals(published.getKeyID(), idToken.getHeader().getKeyID());
        assertFalse(idToken.verify(new ECDSAVerifier(published.toECKey())));
        assertClaimsIntact(idToken.getJWTClaimsSet());
    }

    @Test
    void algNoneIsAnUnsecuredJwtWithAnEmptySignature() throws Exception {
        logto.provider.faults().idTokenFault(IdTokenFault.ALG_NONE);
        String compact = logto.idToken();
        JWT idToken = JWTParser.parse(compact);
        assertInstanceOf(PlainJWT.class, idToken);
        assertEquals(Algorithm.NONE, idToken.getHeader().getAlgorithm());
        String[] parts = compact.split("\\.", -1);
        assertEquals(3, parts.length);
        assertEquals("", parts[2]);
        assertTrue(new Base64URL(parts[0]).decodeToString().contains("\"alg\":\"none\""));
        assertClaimsIntact(idToken.getJWTClaimsSet());
    }

    @Test
    void wrongIssuerNamesAnotherIssuer() throws Exception {
        JWTClaimsSet claims = verifiedClaimsWith(IdTokenFault.WRONG_ISSUER);
        assertEquals(logto.provider.issuer() + "-other", claims.getIssuer());
        assertEquals(NONCE, claims.getStringClaim("nonce"));
    }

    @Test
    void wrongAudienceNamesAnotherClient() throws Exception {
        JWTClaimsSet claims = verifiedClaimsWith(IdTokenFault.WRONG_AUDIENCE);
        assertEquals(List.of("some-other-client"), claims.getAudience());
        assertEquals(logto.provider.issuer(), claims.getIssuer());
    }

    @Test
    void expiredTokenExpiredAnHourAgoAndWasIssuedBeforeThat() throws Exception {
        long before = Instant.now().getEpochSecond();
        JWTClaimsSet claims = verifiedClaimsWith(IdTokenFault.EXPIRED);
        long after = Instant.now().getEpochSecond();
        long expiry = seconds(claims.getExpirationTime());
        assertTrue(expiry >= before - HOUR_SECONDS && expiry <= after - HOUR_SECONDS, "exp an hour ago");
        assertTrue(seconds(claims.getIssueTime()) < expiry, "iat before exp");
    }

    @Test
    void issuedInTheFutureHasIatAnHourAhead() throws Exception {
        long before = Instant.now().getEpochSecond();
        JWTClaimsSet claims = verifiedClaimsWith(IdTokenFault.ISSUED_IN_THE_FUTURE);
        long after = Instant.now().getEpochSecond();
        long issuedAt = seconds(claims.getIssueTime());
        assertTrue(issuedAt >= before + HOUR_SECONDS && issuedAt <= after + HOUR_SECONDS, "iat an hour ahead");
        assertTrue(seconds(claims.getExpirationTime()) > issuedAt, "exp after iat");
    }

    @Test
    void nonceMissingLeavesTheNonceOut() throws Exception {
        JWTClaimsSet claims = verifiedClaimsWith(IdTokenFault.NONCE_MISSING);
        assertFalse(claims.getClaims().containsKey("nonce"));
        assertEquals(logto.provider.issuer(), claims.getIssuer());
    }

    @Test
    void nonceDifferentSendsAnotherNonce() throws Exception {
        JWTClaimsSet claims = verifiedClaimsWith(IdTokenFault.NONCE_DIFFERENT);
        assertEquals("not-the-nonce-that-was-sent", claims.getStringClaim("nonce"));
    }

    @Test
    void unknownKidIsSignedWithAKeyTheJwksDoesNotList() throws Exception {
        logto.provider.faults().idTokenFault(IdTokenFault.UNKNOWN_KID);
        SignedJWT idToken = SignedJWT.parse(logto.idToken());
        JWKSet jwks = logto.jwks();
        assertEquals(JWSAlgorithm.ES384, idToken.getHeader().getAlgorithm());
        assertNotNull(idToken.getHeader().getKeyID());
        assertNull(jwks.getKeyByKeyId(idToken.getHeader().getKeyID()));
        assertEquals(1, jwks.getKeys().size(), "the unknown key is not published");
        assertFalse(idToken.verify(new ECDSAVerifier(onlyKey(jwks).toECKey())));
        assertClaimsIntact(idToken.getJWTClaimsSet());
    }

    @Test
    void theFaultAlsoBreaksIdTokensOfTheRefreshGrant() throws Exception {
        Object refreshToken = logto.signIn("openid offline_access").get("refresh_token");
        logto.provider.faults().idTokenFault(IdTokenFault.WRONG_AUDIENCE);
        HttpResponse<String> refreshed = logto.refresh(refreshToken);
        assertEquals(200, refreshed.statusCode());
        SignedJWT idToken = SignedJWT.parse((String) FaultTestProvider.json(refreshed).get("id_token"));
        assertEquals(List.of("some-other-client"), idToken.getJWTClaimsSet().getAudience());
    }

    @Test
    void nullAndResetTurnTheFaultOff() {
        logto.provider.faults().idTokenFault(IdTokenFault.ALG_NONE);
        logto.provider.faults().idTokenFault(null);
        assertTrue(passesClientChecks(logto.idToken()));

        logto.provider.faults().idTokenFault(IdTokenFault.EXPIRED);
        logto.provider.faults().reset();
        assertTrue(passesClientChecks(logto.idToken()));
    }

    /** The claims of an ID token issued with the fault; asserts the token still verifies against the JWKS. */
    private JWTClaimsSet verifiedClaimsWith(IdTokenFault fault) throws ParseException, JOSEException {
        logto.provider.faults().idTokenFault(fault);
        SignedJWT idToken = SignedJWT.parse(logto.idToken());
        assertTrue(verifiesAgainst(logto.jwks(), idToken), "only the claims are broken");
        return idToken.getJWTClaimsSet();
    }

    private void assertClaimsIntact(JWTClaimsSet claims) throws ParseException {
        assertEquals(logto.provider.issuer(), claims.getIssuer());
        assertEquals(List.of(CLIENT_ID), claims.getAudience());
        assertEquals(NONCE, claims.getStringClaim("nonce"));
        assertTrue(claims.getExpirationTime().after(new Date()));
    }

    /** OIDC Core 3.1.3.7, as a relying party checks an ID token from the token endpoint. */
    private boolean passesClientChecks(String compact) {
        try {
            if (!(JWTParser.parse(compact) instanceof SignedJWT idToken)
                    || !JWSAlgorithm.ES384.equals(idToken.getHeader().getAlgorithm())
                    || !verifiesAgainst(logto.jwks(), idToken)) {
                return false;
            }
            JWTClaimsSet claims = idToken.getJWTClaimsSet();
            long now = Instant.now().getEpochSecond();
            return logto.provider.issuer().equals(claims.getIssuer())
                    && claims.getAudience().equals(List.of(CLIENT_ID))
                    && seconds(claims.getExpirationTime()) > now
                    && seconds(claims.getIssueTime()) <= now + 60
                    && NONCE.equals(claims.getStringClaim("nonce"));
        } catch (ParseException | JOSEException e) {
            return false;
        }
    }

    private static boolean verifiesAgainst(JWKSet jwks, SignedJWT jwt) throws JOSEException {
        JWK key = jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        return key != null && jwt.verify(new ECDSAVerifier(key.toECKey()));
    }

    private static JWK onlyKey(JWKSet jwks) {
        assertEquals(1, jwks.getKeys().size());
        return jwks.getKeys().get(0);
    }

    private static long seconds(Date date) {
        return date.getTime() / 1000;
    }
}
