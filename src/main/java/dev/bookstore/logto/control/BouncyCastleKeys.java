package dev.bookstore.logto.control;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logto's EC keys as Bouncy Castle's own key objects, one object per key. Bouncy Castle keeps what it precomputes
 * for a public point on that point's object, and Nimbus's key selector hands over a new JDK key for every token:
 * kept, a key verifies a P-384 signature in about 0.4 ms instead of 1.2 ms (docs/PERFORMANCE.md). Only keys
 * of Logto's key set come here (the selector picks from it), so the map stays as small as that set. Without Bouncy
 * Castle (null) keys stay as they are.
 */
final class BouncyCastleKeys {

    /** More than a key set holds, rotations included: past it, start again rather than grow. */
    private static final int MOST_KEPT = 16;

    private final KeyFactory ec;
    private final Map<String, Key> kept = new ConcurrentHashMap<>();

    BouncyCastleKeys(Provider bouncyCastle) {
        try {
            ec = bouncyCastle == null ? null : KeyFactory.getInstance("EC", bouncyCastle);
        } catch (GeneralSecurityException noEc) {
            throw new IllegalStateException(noEc);
        }
    }

    /** The same key as Bouncy Castle's object, kept; an RSA key as it is (its check costs 0.04 ms anyway). */
    Key of(Key key) {
        if (ec == null || !(key instanceof ECPublicKey)) {
            return key;
        }
        byte[] encoded = key.getEncoded();
        String id = Base64.getEncoder().encodeToString(encoded);
        Key known = kept.get(id);
        if (known == null) {
            try {
                known = ec.generatePublic(new X509EncodedKeySpec(encoded));
            } catch (GeneralSecurityException unconvertible) {
                return key; // still verifies, only without the kept precomputation
            }
            if (kept.size() >= MOST_KEPT) {
                kept.clear();
            }
            kept.put(id, known);
        }
        return known;
    }
}
