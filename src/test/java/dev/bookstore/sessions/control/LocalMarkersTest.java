package dev.bookstore.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Markers on one server: facts forgotten after their lifetime, and leases only one caller gets. */
class LocalMarkersTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T03:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final LocalMarkers markers = new LocalMarkers(Duration.ofMinutes(31), clock);

    @Test
    void aMarkerIsForgottenAfterItsLifetime() {
        markers.put("sub:x", 42);
        assertEquals(42L, markers.get("sub:x"));
        now.set(now.get().plus(Duration.ofMinutes(32)));
        assertNull(markers.get("sub:x"));
    }

    @Test
    void aLeaseGoesToOneCallerUntilItEnds() {
        assertTrue(markers.claim("recheck:s1", Duration.ofSeconds(9)));
        assertFalse(markers.claim("recheck:s1", Duration.ofSeconds(9)), "held");
        assertTrue(markers.claim("recheck:s2", Duration.ofSeconds(9)), "another session's lease is its own");
        now.set(now.get().plusSeconds(10));
        assertTrue(markers.claim("recheck:s1", Duration.ofSeconds(9)), "ended by itself");
    }

    /** Leases are taken at every recheck and replay claim; they must not pile up until a logout happens to sweep. */
    @Test
    void endedLeasesAreSweptByTheNextClaim() {
        for (int i = 0; i < 1_000; i++) {
            markers.claim("recheck:s" + i, Duration.ofSeconds(9));
        }
        now.set(now.get().plusSeconds(10));
        markers.claim("recheck:new", Duration.ofSeconds(9));
        assertEquals(1, markers.held());
    }
}
