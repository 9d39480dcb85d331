package dev.bookstore.devprovider;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.PlainObject;
import com.nimbusds.jose.crypto.factories.DefaultJWSSignerFactory;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.LinkedHashMap;
import java.util.Map;

/** ID tokens broken the way an {@link IdTokenFault} describes, so tests can check the client refuses them. */
final class FaultyIdTokens {

    static final String OTHER_AUDIENCE = "some-other-client";
    static final String OTHER_NONCE = "not-the-nonce-that-was-sent";

    private static final long HOUR_SECONDS = 3600;

    private FaultyIdTokens() {
    }

    /** {@code claims} are those of a correct ID token, with {@code iat} set. */
    static String issue(IdTokenFault fault, Map<String, Object> claims, ProviderContext context) {
        Map<String, Object> broken = breakClaims(fault, claims, context.issuer());
        SigningKey current = context.signingKeys().current();
        return switch (fault) {
            case BAD_SIGNATURE -> impersonating(current, broken);
            case UNKNOWN_KID -> SigningKey.generate(current.algorithm()).sign(broken);
            case ALG_NONE -> unsecured(broken);
            case WRONG_ISSUER, WRONG_AUDIENCE, EXPIRED, ISSUED_IN_THE_FUTURE, NONCE_MISSING, NONCE_DIFFERENT ->
                current.sign(broken);
        };
    }

    private static Map<String, Object> breakClaims(IdTokenFault fault, Map<String, Object> claims, String issuer) {
        Map<String, Object> broken = new LinkedHashMap<>(claims);
        long issuedAt = ((Number) claims.get("iat")).longValue();
        switch (fault) {
            case WRONG_ISSUER -> broken.put("iss", issuer + "-other");
            case WRONG_AUDIENCE -> broken.put("aud", OTHER_AUDIENCE);
            case EXPIRED -> {
                broken.put("exp", issuedAt - HOUR_SECONDS);
                broken.put("iat", issuedAt - 2 * HOUR_SECONDS);
            }
            case ISSUED_IN_THE_FUTURE -> {
                broken.put("exp", issuedAt + 2 * HOUR_SECONDS);
                broken.put("iat", issuedAt + HOUR_SECONDS);
            }
            case NONCE_MISSING -> broken.remove("nonce");
            case NONCE_DIFFERENT -> broken.put("nonce", OTHER_NONCE);
            case BAD_SIGNATURE, ALG_NONE, UNKNOWN_KID -> {
                // only the signature is broken
            }
        }
        return broken;
    }

    /** Signed by a new key that claims the current key's kid: a published kid, a signature that does not verify. */
    private static String impersonating(SigningKey current, Map<String, Object> claims) {
        JWSAlgorithm algorithm = current.algorithm();
        try {
            JWK impostor = (JWSAlgorithm.Family.EC.contains(algorithm)
                    ? new ECKeyGenerator(Curve.forJWSAlgorithm(algorithm).iterator().next())
                    : new RSAKeyGenerator(RSAKeyGenerator.MIN_KEY_SIZE_BITS)).keyID(current.keyId()).generate();
            JWSObject jws = new JWSObject(new JWSHeader.Builder(algorithm).keyID(current.keyId())
                    .type(JOSEObjectType.JWT).build(), new Payload(claims));
            jws.sign(new DefaultJWSSignerFactory().createJWSSigner(impostor, algorithm));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with an impostor key", e);
        }
    }

    /** {@code header.payload.} with {@code {"alg":"none"}}: RFC 7519's unsecured JWT. */
    private static String unsecured(Map<String, Object> claims) {
        return new PlainObject(new PlainHeader.Builder().type(JOSEObjectType.JWT).build(), new Payload(claims))
                .serialize();
    }
}
