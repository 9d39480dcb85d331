package dev.bookstore.sessions.control;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Cluster members deciding when sessions ask Logto again ({@link SessionRecheck}), sharing one store of markers as
 * they share Hazelcast's map, on one clock the test moves. {@code LOGTO_TIMEOUT} is 2 s: a lease lasts at most 9 s.
 */
final class RecheckCluster {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T10:00:00Z"));
    final Clock clock = new Clock() {
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
    };
    final Markers markers = new LocalMarkers(Duration.ofMinutes(31), clock);

    /** A member whose checks never run by themselves: the test says how each one ends. */
    SessionRecheck member(String sessionRecheck) {
        SessionRecheck member = new SessionRecheck();
        member.markers = markers;
        member.configuration = LogtoBeans.of("http://127.0.0.1:1", "app", "secret", "http://localhost:9080",
                Map.of("SESSION_RECHECK", sessionRecheck)).configuration();
        member.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, arguments) -> null);
        member.clock = clock;
        return member;
    }

    Instant now() {
        return now.get();
    }

    void later(Duration by) {
        now.set(now.get().plus(by));
    }

    /** A user signed in {@code ago}, as the session's profile has them. */
    UserProfile signedIn(String subject, Duration ago) {
        Instant at = now().minus(ago);
        return new UserProfile(subject, "Jane Reader", "jane", null, null, false, at, List.of(), List.of(), List.of(), true,
                "sid-" + subject, at);
    }

    /** A check that found nothing new, its finding stored in the session. */
    static void checkAndFinish(SessionRecheck member, HttpSession session, UserProfile profile) {
        CompletableFuture<IdentityRecheck.Finding> check = member.start(session, profile).orElseThrow();
        check.complete(new IdentityRecheck.Finding.Current(profile, false));
        member.finished(session, profile, check);
    }
}
