package dev.bookstore.sessions.control;

import static dev.bookstore.sessions.control.RecheckCluster.checkAndFinish;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.profile.entity.UserProfile;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When a session asks Logto again: every SESSION_RECHECK (2 s and 5 s here, the short end of its range), and at once
 * after an announced change even right after a check, yet one check at a time on the whole cluster (two members share
 * the store here, each with its own copy of the session, as Hazelcast gives them).
 */
class SessionRecheckLeaseTest {

    private final RecheckCluster cluster = new RecheckCluster();
    private final UserProfile profile = cluster.signedIn("rdr4x8q2m1ab", Duration.ofMinutes(10));

    private static HttpSession copyOfTheSession() {
        return new SessionCopy("session-1").session;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2s", "5s"})
    void aShortIntervalIsHonouredOnEveryMember(String interval) {
        SessionRecheck a = cluster.member(interval);
        SessionRecheck b = cluster.member(interval);
        HttpSession onA = copyOfTheSession();
        HttpSession onB = copyOfTheSession();
        assertTrue(a.due(onA, profile));
        checkAndFinish(a, onA, profile);
        Duration every = Duration.parse("PT" + interval.toUpperCase());
        cluster.later(every.minusMillis(1));
        assertFalse(a.due(onA, profile), "checked just now");
        assertFalse(b.due(onB, profile), "another member knows it at once, whatever its copy of the session says");
        cluster.later(Duration.ofMillis(2));
        assertTrue(b.due(onB, profile), "due again after the interval, not after a lease of 2 × LOGTO_TIMEOUT + 5 s");
        assertTrue(b.start(onB, profile).isPresent(), "and the lease is free");
    }

    @Test
    void aChangeAnnouncedRightAfterACheckIsCheckedAtTheNextRequest() {
        SessionRecheck a = cluster.member("5m");
        HttpSession session = copyOfTheSession();
        checkAndFinish(a, session, profile);
        cluster.later(Duration.ofMillis(300));
        a.announce(profile.subject());
        assertTrue(a.announced(session, profile));
        assertTrue(a.start(session, profile).isPresent());
    }

    @Test
    void oneCheckAtATimeAcrossTheClusterAndARunningCheckKeepsItsLease() {
        SessionRecheck a = cluster.member("2s");
        SessionRecheck b = cluster.member("2s");
        HttpSession onA = copyOfTheSession();
        CompletableFuture<IdentityRecheck.Finding> running = a.start(onA, profile).orElseThrow();
        assertTrue(b.start(copyOfTheSession(), profile).isEmpty(), "held by A");
        a.finished(onA, profile, running); // the page was answered before Logto: the check goes on
        assertTrue(b.start(copyOfTheSession(), profile).isEmpty(), "still held while A's check talks to Logto");
    }

    @Test
    void aLeaseWhoseMemberDiedEndsByItselfAfterTwiceTheTimeoutAndFiveSeconds() {
        SessionRecheck a = cluster.member("2s");
        SessionRecheck b = cluster.member("2s");
        a.start(copyOfTheSession(), profile).orElseThrow(); // A dies before giving it back
        cluster.later(Duration.ofSeconds(9).minusMillis(1));
        assertTrue(b.start(copyOfTheSession(), profile).isEmpty(), "2 × 2 s + 5 s not over yet");
        cluster.later(Duration.ofMillis(1));
        assertTrue(b.start(copyOfTheSession(), profile).isPresent());
    }
}
