package dev.bookstore.devprovider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rotating the signing key as Logto does: the new key signs, the old one stays published until retired. */
class LocalLogtoSigningKeyRotationTest {

    private final FaultTestProvider logto = new FaultTestProvider();

    private String originalKid;
    private SignedJWT signedBeforeRotation;

    @BeforeEach
    void signInWithTheOriginalKey() throws ParseException {
        originalKid = onlyKid(logto.jwks());
        signedBeforeRotation = SignedJWT.parse(logto.idToken());
        assertEquals(originalKid, signedBeforeRotation.getHeader().getKeyID());
    }

    @AfterEach
    void stop() {
        logto.close();
    }

    @Test
    void afterRotationTheJwksListsTheNewKeyAndTheOld() throws Exception {
        logto.provider.rotateSigningKey();

        JWKSet jwks = logto.jwks();
        assertEquals(2, jwks.getKeys().size());
        String newKid = jwks.getKeys().get(0).getKeyID();
        assertNotEquals(originalKid, newKid);
        assertEquals(originalKid, jwks.getKeys().get(1).getKeyID());
        for (JWK key : jwks.getKeys()) {
            assertEquals(Curve.P_384, key.toECKey().getCurve());
            assertEquals(JWSAlgorithm.ES384, key.getAlgorithm());
            assertFalse(key.isPrivate(), "only public keys are published");
        }
        assertTrue(verifies(jwks, signedBeforeRotation), "tokens from before the rotation still verify");
    }

    @Test
    void afterRotationIdTokensAreSignedWithTheNewKey() throws Exception {
        logto.provider.rotateSigningKey();

        SignedJWT idToken = SignedJWT.parse(logto.idToken());
        JWKSet jwks = logto.jwks();
        assertEquals(jwks.getKeys().get(0).getKeyID(), idToken.getHeader().getKeyID());
        assertTrue(verifies(jwks, idToken));
        assertFalse(idToken.verify(new ECDSAVerifier(jwks.getKeyByKeyId(originalKid).toECKey())));
    }

    @Test
    void afterRotationAccessTokenJwtsAreSignedWithTheNewKey() throws Exception {
        logto.provider.rotateSigningKey();

        SignedJWT accessToken = SignedJWT.parse((String) logto.signIn("openid read:books",
                logto.provider.apiResource()).get("access_token"));
        JWKSet jwks = logto.jwks();
        assertEquals(jwks.getKeys().get(0).getKeyID(), accessToken.getHeader().getKeyID());
        assertTrue(verifies(jwks, accessToken));
    }

    @Test
    void retiringLeavesOnlyTheCurrentKey() throws Exception {
        logto.provider.rotateSigningKey();
        logto.provider.rotateSigningKey();
        assertEquals(3, logto.jwks().getKeys().size(), "every rotated-out key stays until retired");
        String currentKid = logto.jwks().getKeys().get(0).getKeyID();

        logto.provider.retireOldSigningKeys();

        JWKSet jwks = logto.jwks();
        assertEquals(currentKid, onlyKid(jwks));
        assertNull(jwks.getKeyByKeyId(originalKid), "tokens signed with the old key no longer verify");
        SignedJWT idToken = SignedJWT.parse(logto.idToken());
        assertEquals(currentKid, idToken.getHeader().getKeyID());
        assertTrue(verifies(jwks, idToken));
    }

    @Test
    void idTokenHintsSignedWithTheOldKeyAreAcceptedUntilItIsRetired() {
        String hint = "/oidc/session/end?id_token_hint=" + signedBeforeRotation.serialize();
        logto.provider.rotateSigningKey();
        assertEquals(200, logto.get(hint).statusCode());

        logto.provider.retireOldSigningKeys();
        assertEquals(400, logto.get(hint).statusCode());
    }

    private static boolean verifies(JWKSet jwks, SignedJWT jwt) throws JOSEException {
        JWK key = jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        return key != null && jwt.verify(new ECDSAVerifier(key.toECKey()));
    }

    private static String onlyKid(JWKSet jwks) {
        List<JWK> keys = jwks.getKeys();
        assertEquals(1, keys.size());
        return keys.get(0).getKeyID();
    }
}
