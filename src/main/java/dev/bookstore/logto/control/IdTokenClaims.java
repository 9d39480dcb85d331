package dev.bookstore.logto.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;

/** The ID token checks Nimbus's claims verifier leaves to the client: nonce, {@code iat} in the future, {@code at_hash}. */
final class IdTokenClaims {

    /** As Nimbus allows for {@code exp}: Logto's clock and this server's may differ a little. */
    private static final long CLOCK_SKEW_SECONDS = 60;

    private IdTokenClaims() {
    }

    static void check(JWTClaimsSet claims, String sentNonce, String accessToken, String token) throws InvalidTokenException {
        Date issuedAt = claims.getIssueTime();
        if (issuedAt.toInstant().isAfter(Instant.now().plusSeconds(CLOCK_SKEW_SECONDS))) {
            throw new InvalidTokenException("issued in the future (iat ahead of this server's clock)");
        }
        Object nonce = claims.getClaim("nonce");
        if (sentNonce != null && nonce == null) {
            throw new InvalidTokenException("nonce missing");
        }
        if (sentNonce != null && !MessageDigest.isEqual(sentNonce.getBytes(StandardCharsets.UTF_8),
                String.valueOf(nonce).getBytes(StandardCharsets.UTF_8))) {
            throw new InvalidTokenException("nonce differs from the one the sign-in sent");
        }
        Object atHash = claims.getClaim("at_hash");
        if (atHash != null && accessToken != null && !atHash.equals(atHash(accessToken, algorithm(token)))) {
            throw new InvalidTokenException("at_hash does not match the access token");
        }
    }

    private static JWSAlgorithm algorithm(String token) throws InvalidTokenException {
        try {
            return SignedJWT.parse(token).getHeader().getAlgorithm();
        } catch (ParseException unreadable) {
            throw new InvalidTokenException("unreadable", unreadable);
        }
    }

    /** OpenID Connect Core 3.1.3.6: the left half of the access token's hash, by the hash of the signing algorithm. */
    static String atHash(String accessToken, JWSAlgorithm algorithm) {
        String bits = algorithm.getName().substring(2);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-" + bits).digest(accessToken.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, digest.length / 2));
        } catch (NoSuchAlgorithmException unknown) {
            throw new IllegalStateException("no hash for " + algorithm, unknown);
        }
    }
}
