package dev.bookstore.devprovider;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** The hashes OIDC and PKCE define over token strings. */
final class TokenHashes {

    private TokenHashes() {
    }

    /** at_hash: the left half of the access token's hash by the ID token's algorithm (SHA-384 for ES384), base64url. */
    static String atHash(String accessToken, JWSAlgorithm algorithm) {
        byte[] digest = digest("SHA-" + algorithm.getName().substring(2), accessToken);
        return Base64URL.encode(Arrays.copyOf(digest, digest.length / 2)).toString();
    }

    /** Whether the verifier matches an S256 code_challenge (RFC 7636). */
    static boolean matchesS256(String codeVerifier, String codeChallenge) {
        if (codeVerifier == null || codeChallenge == null) {
            return false;
        }
        byte[] expected = Base64URL.encode(digest("SHA-256", codeVerifier)).toString()
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, codeChallenge.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from the JDK", e);
        }
    }
}
