package dev.bookstore.sessions.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.profile.entity.UserProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndedSignInsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final EndedSignIns ended = new EndedSignIns();

    EndedSignInsTest() {
        ended.markers = new LocalMarkers(Duration.ofMinutes(31), clock);
    }

    private static UserProfile signIn(String subject, String sid, Instant at) {
        return new UserProfile(subject, null, null, null, null, false, at, List.of(), List.of(), List.of(), true, sid, at);
    }

    @Test
    void aLogtoSessionEndsExactlyTheSignInsOfThatSession() {
        ended.end("user-1", "sid-a", NOW);
        assertTrue(ended.hasEnded(signIn("user-1", "sid-a", NOW.minusSeconds(60))));
        assertFalse(ended.hasEnded(signIn("user-1", "sid-b", NOW.minusSeconds(60))));
    }

    @Test
    void aUserWithoutSessionEndsEverySignInOfThatUserMadeBeforeTheLogout() {
        ended.end("user-1", null, NOW);
        assertTrue(ended.hasEnded(signIn("user-1", "sid-a", NOW.minusSeconds(60))));
        assertTrue(ended.hasEnded(signIn("user-1", "sid-b", NOW)));
        assertFalse(ended.hasEnded(signIn("user-1", "sid-c", NOW.plusSeconds(1))), "signed in again afterwards");
        assertFalse(ended.hasEnded(signIn("user-2", "sid-d", NOW.minusSeconds(60))));
    }

    @Test
    void markersAreForgottenOnceNoSessionCanOutliveThem() {
        LocalMarkers markers = new LocalMarkers(Duration.ofMinutes(31), clock);
        markers.put("sid:old", NOW.toEpochMilli());
        clock.now = NOW.plus(Duration.ofMinutes(32));
        assertNull(markers.get("sid:old"));
        markers.put("sid:new", clock.now.toEpochMilli());
        assertTrue(markers.get("sid:new") != null);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
