package dev.bookstore.auth.entity;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * PKCE (RFC 7636) for one sign-in: the verifier stays in the session, its S256 challenge goes to Logto with the
 * authorization request, and the code is redeemed only together with the verifier. A code that leaks from the
 * browser (history, logs, a referrer) is of no use to whoever holds it without this sign-in's session.
 */
public record ProofKey(String verifier) implements Serializable {

    // Not compared for records (Java serialization spec 1.13): they are read by component name; see RollingUpgradeTest
    private static final long serialVersionUID = 1L;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    /** 32 random bytes: a 43-character verifier, the length RFC 7636 recommends. */
    public static ProofKey generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ProofKey(BASE64URL.encodeToString(bytes));
    }

    /** 32 more random bytes for the sign-in's OpenID Connect {@code nonce}, which its ID token must carry back. */
    public static String nonce() {
        return generate().verifier();
    }

    /** {@code BASE64URL(SHA-256(verifier))}, sent as {@code code_challenge} with {@code code_challenge_method=S256}. */
    public String challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }

    @Override
    public String toString() {
        return "ProofKey[verifier hidden]";
    }
}
