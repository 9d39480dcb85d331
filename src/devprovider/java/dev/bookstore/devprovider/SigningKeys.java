package dev.bookstore.devprovider;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provider's key ring, as Logto keeps it: the newest key signs, and the JWKS publishes it together with the
 * older keys not yet retired, so tokens signed before a rotation still verify.
 */
final class SigningKeys {

    /** Newest first; replaced whole, never changed in place, so readers need no lock. */
    private volatile List<SigningKey> published;

    private SigningKeys(SigningKey first) {
        published = List.of(first);
    }

    /** A ring with one ES384 key on P-384, Logto's default. */
    static SigningKeys generate() {
        return new SigningKeys(SigningKey.generate(JWSAlgorithm.ES384));
    }

    /** The key that signs tokens issued now. */
    SigningKey current() {
        return published.get(0);
    }

    /** A new key of the algorithm becomes the signing key; the old ones stay published. */
    void rotate(JWSAlgorithm algorithm) {
        SigningKey next = SigningKey.generate(algorithm);
        synchronized (this) {
            List<SigningKey> keys = new ArrayList<>(published);
            keys.add(0, next);
            published = List.copyOf(keys);
        }
    }

    /** Only the current key stays published. */
    synchronized void retireOld() {
        published = List.of(current());
    }

    /** {@code {"keys":[<public JWK>, ...]}}, newest first. */
    Map<String, Object> jwks() {
        List<JWK> keys = published.stream().map(SigningKey::publicJwk).toList();
        return new JWKSet(keys).toJSONObject(true);
    }

    /** The claims of a JWS signed by a published key, or empty when it is malformed or not ours. */
    Optional<Map<String, Object>> verify(String compact) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact);
        } catch (ParseException e) {
            return Optional.empty();
        }
        String keyId = jws.getHeader().getKeyID();
        return published.stream().filter(key -> key.keyId().equals(keyId)).findFirst()
                .flatMap(key -> key.verify(jws));
    }
}
