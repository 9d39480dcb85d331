package dev.bookstore.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * A webhook delivery is believed once, across the cluster: two members share one store of markers (as they share
 * Hazelcast's map), whatever letter case the signature is sent in, and however many copies arrive at once.
 */
class WebhookDeliveriesTest {

    private static final String KEY = "hook-signing-key";
    private final Markers sharedStore = new LocalMarkers(Duration.ofMinutes(31), Clock.systemUTC());

    private WebhookDeliveries member() {
        WebhookDeliveries member = new WebhookDeliveries();
        member.seen = sharedStore;
        return member;
    }

    private static byte[] delivery() {
        return ("{\"event\":\"User.Deleted\",\"createdAt\":\"" + Instant.now() + "\",\"data\":{\"id\":\"u1\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameDeliveryWithItsSignatureInAnotherCaseOrOnAnotherMemberIsAReplay() throws Exception {
        byte[] body = delivery();
        String signature = sign(body);
        assertTrue(member().accept(body, signature, KEY).isPresent());
        assertFalse(member().accept(body, signature.toUpperCase(Locale.ROOT), KEY).isPresent(), "upper case");
        assertFalse(member().accept(body, " " + signature + " ", KEY).isPresent(), "padded");
        assertFalse(member().accept(body, signature, KEY).isPresent(), "another member");
    }

    @Test
    void anUpperCaseSignatureIsStillLogtosSignature() throws Exception {
        byte[] body = delivery();
        assertTrue(member().accept(body, sign(body).toUpperCase(Locale.ROOT), KEY).isPresent());
    }

    @Test
    void copiesArrivingAtOnceAreBelievedOnce() throws Exception {
        byte[] body = delivery();
        String signature = sign(body);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var answers = IntStream.range(0, 200).mapToObj(i -> pool.submit(() -> member().accept(body, signature, KEY).isPresent())).toList();
            long believed = 0;
            for (Future<Boolean> answer : answers) {
                believed += answer.get() ? 1 : 0;
            }
            assertEquals(1, believed);
        } finally {
            pool.shutdown();
        }
    }

    private static String sign(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
