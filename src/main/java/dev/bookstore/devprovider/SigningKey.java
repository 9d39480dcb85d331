package dev.bookstore.devprovider;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.JWKGenerator;
import java.util.Map;
import java.util.Optional;

/** One ES384 key (P-384, like Logto's default): signs ID and access tokens and verifies what it signed. */
final class SigningKey {

    private final ECKey key;

    private SigningKey(ECKey key) {
        this.key = key;
    }

    /** A new key whose kid is its JWK thumbprint. */
    static SigningKey generate() {
        return generate(generator().keyIDFromThumbprint(true));
    }

    /** A new key that claims someone else's kid: signs tokens that carry a published kid but do not verify. */
    static SigningKey impersonating(String keyId) {
        return generate(generator().keyID(keyId));
    }

    private static JWKGenerator<ECKey> generator() {
        return new ECKeyGenerator(Curve.P_384).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES384);
    }

    private static SigningKey generate(JWKGenerator<ECKey> generator) {
        try {
            return new SigningKey(generator.generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a P-384 signing key", e);
        }
    }

    String keyId() {
        return key.getKeyID();
    }

    JWK publicJwk() {
        return key.toPublicJWK();
    }

    /** A compact JWS of the claims; claims whose value is null are kept as JSON null. */
    String sign(Map<String, Object> claims) {
        return sign(claims, JOSEObjectType.JWT);
    }

    /** As {@link #sign(Map)}, with the header's {@code typ}, e.g. {@code at+jwt} for access tokens (RFC 9068). */
    String sign(Map<String, Object> claims, JOSEObjectType type) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(key.getKeyID()).type(type).build();
        JWSObject jws = new JWSObject(header, new Payload(claims));
        try {
            jws.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return jws.serialize();
    }

    /** The claims of a JWS this key signed, or empty when it is malformed or not ours. */
    Optional<Map<String, Object>> verify(JWSObject jws) {
        try {
            if (JWSAlgorithm.ES384.equals(jws.getHeader().getAlgorithm())
                    && jws.verify(new ECDSAVerifier(key.toPublicJWK()))) {
                return Optional.ofNullable(jws.getPayload().toJSONObject());
            }
            return Optional.empty();
        } catch (JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
