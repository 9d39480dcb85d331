package dev.bookstore.sessions.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A logout token's jti is used once across the cluster: members share the store (Hazelcast's map on a cluster). */
class SeenLogoutTokensTest {

    private final Markers sharedStore = new LocalMarkers(Duration.ofMinutes(31), Clock.systemUTC());

    private SeenLogoutTokens member() {
        SeenLogoutTokens member = new SeenLogoutTokens();
        member.markers = sharedStore;
        return member;
    }

    @Test
    void aTokenReplayedOnAnotherMemberIsRefused() {
        Instant until = Instant.now().plusSeconds(300);
        assertTrue(member().firstTime("jti-1", until));
        assertFalse(member().firstTime("jti-1", until), "another member");
        assertTrue(member().firstTime("jti-2", until));
    }

    @Test
    void aTokenWithoutJtiIsNeverFresh() {
        assertFalse(member().firstTime(null, Instant.now().plusSeconds(300)));
        assertFalse(member().firstTime(" ", Instant.now().plusSeconds(300)));
    }
}
