package dev.bookstore.sessions.control;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Which Logto webhook deliveries to believe: signed with the hook's signing key (header
 * {@code logto-signature-sha-256}: hex HMAC-SHA256 of the raw body, as Logto 1.42's {@code sign} computes it; any
 * letter case), created less than {@link #FRESH} ago, and not seen before on any member: the signature the app
 * computed itself (one form, whatever case the header used) is claimed atomically, in the cluster's store when there
 * is one, for as long as the delivery could be fresh.
 */
@ApplicationScoped
public class WebhookDeliveries {

    static final Duration FRESH = Duration.ofMinutes(5);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    @Inject
    Markers seen;

    /** @return the delivery's JSON, or empty when it is not to be believed (the caller says no more than that) */
    public Optional<Map<String, Object>> accept(byte[] body, String signature, String signingKey) {
        byte[] expected = hmac(body, signingKey);
        if (signature == null || !MessageDigest.isEqual(expected, signature.trim().toLowerCase(Locale.ROOT)
                .getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Map<String, Object> delivery;
        try {
            delivery = JSONObjectUtils.parse(new String(body, StandardCharsets.UTF_8));
        } catch (ParseException notJson) {
            return Optional.empty();
        }
        if (!fresh(delivery.get("createdAt"))
                || !seen.claim("hook:" + new String(expected, StandardCharsets.US_ASCII), FRESH.plus(CLOCK_SKEW))) {
            return Optional.empty();
        }
        return Optional.of(delivery);
    }

    private static boolean fresh(Object createdAt) {
        try {
            Instant created = Instant.parse(String.valueOf(createdAt));
            Instant now = Instant.now();
            return created.isAfter(now.minus(FRESH)) && created.isBefore(now.plus(CLOCK_SKEW));
        } catch (DateTimeParseException notATime) {
            return false;
        }
    }

    private static byte[] hmac(byte[] body, String signingKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
        }
    }
}
