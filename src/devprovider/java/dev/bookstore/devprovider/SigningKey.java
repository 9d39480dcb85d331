package dev.bookstore.devprovider;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.factories.DefaultJWSSignerFactory;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.JWKGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One signing key of the kinds Logto can hold: EC on P-256, P-384 (Logto's default) or P-521, signing with the
 * algorithm its curve declares, or RSA signing RS256, RS384 or RS512. Signs ID and access tokens and verifies
 * what it signed.
 */
final class SigningKey {

    /** What Logto's key types sign with. */
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512,
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);

    private final JWK key;
    private final JWSAlgorithm algorithm;

    private SigningKey(JWK key, JWSAlgorithm algorithm) {
        this.key = key;
        this.algorithm = algorithm;
    }

    /** A new key for the algorithm, whose kid is its JWK thumbprint. */
    static SigningKey generate(JWSAlgorithm algorithm) {
        return generate(generator(algorithm).keyIDFromThumbprint(true), algorithm);
    }

    private static JWKGenerator<? extends JWK> generator(JWSAlgorithm algorithm) {
        if (!ALGORITHMS.contains(algorithm)) {
            throw new IllegalArgumentException("Logto signs with none of " + algorithm);
        }
        JWKGenerator<? extends JWK> generator = JWSAlgorithm.Family.EC.contains(algorithm)
                ? new ECKeyGenerator(Curve.forJWSAlgorithm(algorithm).iterator().next())
                : new RSAKeyGenerator(RSAKeyGenerator.MIN_KEY_SIZE_BITS);
        return generator.keyUse(KeyUse.SIGNATURE).algorithm(algorithm);
    }

    private static SigningKey generate(JWKGenerator<? extends JWK> generator, JWSAlgorithm algorithm) {
        try {
            return new SigningKey(generator.generate(), algorithm);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a " + algorithm + " signing key", e);
        }
    }

    String keyId() {
        return key.getKeyID();
    }

    JWSAlgorithm algorithm() {
        return algorithm;
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
        JWSHeader header = new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).type(type).build();
        JWSObject jws = new JWSObject(header, new Payload(claims));
        try {
            JWSSigner signer = new DefaultJWSSignerFactory().createJWSSigner(key, algorithm);
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return jws.serialize();
    }

    /** The claims of a JWS this key signed, or empty when it is malformed or not ours. */
    Optional<Map<String, Object>> verify(JWSObject jws) {
        try {
            if (!algorithm.equals(jws.getHeader().getAlgorithm())) {
                return Optional.empty();
            }
            JWSVerifier verifier = new DefaultJWSVerifierFactory().createJWSVerifier(jws.getHeader(), publicKey());
            return jws.verify(verifier) ? Optional.ofNullable(jws.getPayload().toJSONObject()) : Optional.empty();
        } catch (JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private java.security.Key publicKey() throws JOSEException {
        return key instanceof ECKey ec ? ec.toECPublicKey() : ((RSAKey) key).toRSAPublicKey();
    }
}
