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

    /** Logto's ids: 21 characters of [0-9a-z] (12 for connectors). */
    static String standardId() {
        return chars(21, "0123456789abcdefghijklmnopqrstuvwxyz");
    }

    static String shortId() {
        return chars(12, "0123456789abcdefghijklmnopqrstuvwxyz");
    }

    /** Logto's application secrets and signing keys: 32 characters of [0-9a-zA-Z]. */
    static String standardSecret() {
        return chars(32, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    }

    private static String chars(int length, String alphabet) {
        StringBuilder value = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            value.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return value.toString();
    }
}
