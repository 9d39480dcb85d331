package dev.bookstore.devprovider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.util.List;

/** Checks a JWT access token as a resource server would: signature against the JWKS, header, common claims. */
final class AccessTokenJwts {

    private AccessTokenJwts() {
    }

    /** The claims of a verified ES384 {@code at+jwt} of the test client; asserts its audience and lifetime. */
    static JWTClaimsSet verified(LocalLogtoHarness harness, Object token, String audience, long lifetimeSeconds)
            throws Exception {
        SignedJWT jwt = SignedJWT.parse((String) token);
        assertEquals(JWSAlgorithm.ES384, jwt.getHeader().getAlgorithm());
        assertEquals(new JOSEObjectType("at+jwt"), jwt.getHeader().getType());
        JWKSet jwks = JWKSet.parse(harness.get(URI.create(harness.provider().jwksUri()).getPath()).body());
        assertTrue(jwt.verify(new ECDSAVerifier(jwks.getKeyByKeyId(jwt.getHeader().getKeyID()).toECKey())),
                "ES384 signature must verify against the JWKS");

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals(harness.provider().issuer(), claims.getIssuer());
        assertEquals(List.of(audience), claims.getAudience());
        assertEquals(audience, jwt.getPayload().toJSONObject().get("aud"), "Logto sends aud as one string");
        assertEquals(LocalLogtoHarness.CLIENT_ID, claims.getStringClaim("client_id"));
        assertNotNull(claims.getJWTID());
        assertEquals(claims.getIssueTime().getTime() + lifetimeSeconds * 1000, claims.getExpirationTime().getTime());
        return claims;
    }

    static JWTClaimsSet verified(LocalLogtoHarness harness, Object token, String audience) throws Exception {
        return verified(harness, token, audience, 3600);
    }
}
