package dev.bookstore.devprovider;

import com.nimbusds.jose.util.Base64URL;
import java.security.SecureRandom;

/** Unguessable url-safe values for codes, tokens, session and interaction ids. */
final class RandomValues {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomValues() {
    }

    /** 32 random bytes as 43 base64url characters. */
    static String urlSafe() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64URL.encode(bytes).toString();
    }
}
