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
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;

/** The provider's ES384 key (P-384, like Logto's default): signs ID and access tokens, publishes the JWKS. */
final class SigningKey {

    private final ECKey key;

    private SigningKey(ECKey key) {
        this.key = key;
    }

    static SigningKey generate() {
        try {
            return new SigningKey(new ECKeyGenerator(Curve.P_384).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES384).keyIDFromThumbprint(true).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the P-384 signing key", e);
        }
    }

    /** {@code {"keys":[<public JWK>]}}. */
    Map<String, Object> jwks() {
        return new JWKSet(key.toPublicJWK()).toJSONObject(true);
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
    Optional<Map<String, Object>> verify(String compact) {
        try {
            JWSObject jws = JWSObject.parse(compact);
            if (JWSAlgorithm.ES384.equals(jws.getHeader().getAlgorithm())
                    && jws.verify(new ECDSAVerifier(key.toPublicJWK()))) {
                return Optional.ofNullable(jws.getPayload().toJSONObject());
            }
            return Optional.empty();
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
