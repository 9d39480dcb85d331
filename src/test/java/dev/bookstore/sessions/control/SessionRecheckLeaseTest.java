package dev.bookstore.sessions.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.logto.control.LogtoBeans;
import dev.bookstore.profile.entity.UserProfile;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When a session asks Logto again: every SESSION_RECHECK (2 s and 5 s here, the short end of its range), and at once
 * after an announced change even right after a check, yet one check at a time on the whole cluster (two members share
 * the store here, each with its own copy of the session, as Hazelcast gives them).
 */
class SessionRecheckLeaseTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T10:00:00Z"));
    private final Markers cluster = new LocalMarkers(Duration.ofMinutes(31), new Clock() {
        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    });
    private final UserProfile profile = new UserProfile("rdr4x8q2m1ab", "Jane Reader", "jane", null, null, false,
            now.get().minusSeconds(600), List.of(), List.of(), List.of(), true, "sid-1", now.get().minusSeconds(600));

    private SessionRecheck member(String interval) {
        SessionRecheck member = new SessionRecheck();
        member.markers = cluster;
        member.configuration = LogtoBeans.of("http://127.0.0.1:1", "app", "secret", "http://localhost:9080",
                Map.of("SESSION_RECHECK", interval)).configuration();
        member.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, arguments) -> null); // the check never runs here
        member.clock = Clock.fixed(now.get(), ZoneOffset.UTC);
        return member;
    }

    private static HttpSession copyOfTheSession() {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getId" -> "session-1";
                    case "getAttribute" -> attributes.get((String) arguments[0]);
                    case "setAttribute" -> attributes.put((String) arguments[0], arguments[1]);
                    default -> null;
                });
    }

    /** A check that found nothing new, its finding stored in the session. */
    private void checkAndFinish(SessionRecheck member, HttpSession session) {
        CompletableFuture<IdentityRecheck.Finding> check = member.start(session, profile).orElseThrow();
        check.complete(new IdentityRecheck.Finding.Current(profile, false));
        member.finished(session, check);
    }

    private void later(Duration by, SessionRecheck... members) {
        now.set(now.get().plus(by));
        for (SessionRecheck member : members) {
            member.clock = Clock.fixed(now.get(), ZoneOffset.UTC);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2s", "5s"})
    void aShortIntervalIsHonouredOnEveryMember(String interval) {
        SessionRecheck a = member(interval);
        SessionRecheck b = member(interval);
        HttpSession onA = copyOfTheSession();
        HttpSession onB = copyOfTheSession();
        assertTrue(a.due(onA, profile));
        checkAndFinish(a, onA);
        Duration every = Duration.parse("PT" + interval.toUpperCase());
        later(every.minusMillis(1), a, b);
        assertFalse(a.due(onA, profile), "checked just now");
        assertFalse(b.due(onB, profile), "another member knows it at once, whatever its copy of the session says");
        later(Duration.ofMillis(2), a, b);
        assertTrue(b.due(onB, profile), "due again after the interval, not after a lease of 2 × LOGTO_TIMEOUT + 5 s");
        assertTrue(b.start(onB, profile).isPresent(), "and the lease is free");
    }

    @Test
    void aChangeAnnouncedRightAfterACheckIsCheckedAtTheNextRequest() {
        SessionRecheck a = member("5m");
        HttpSession session = copyOfTheSession();
        checkAndFinish(a, session);
        later(Duration.ofMillis(300), a);
        a.announce(profile.subject());
        assertTrue(a.announced(session, profile));
        assertTrue(a.start(session, profile).isPresent());
    }

    @Test
    void oneCheckAtATimeAcrossTheClusterAndARunningCheckKeepsItsLease() {
        SessionRecheck a = member("2s");
        SessionRecheck b = member("2s");
        HttpSession onA = copyOfTheSession();
        CompletableFuture<IdentityRecheck.Finding> running = a.start(onA, profile).orElseThrow();
        assertTrue(b.start(copyOfTheSession(), profile).isEmpty(), "held by A");
        a.finished(onA, running); // the page was answered before Logto: the check goes on
        assertTrue(b.start(copyOfTheSession(), profile).isEmpty(), "still held while A's check talks to Logto");
    }
}
