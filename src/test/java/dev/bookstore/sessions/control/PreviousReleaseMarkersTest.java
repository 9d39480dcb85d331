package dev.bookstore.sessions.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.deploy.PreviousRelease;
import dev.bookstore.logto.control.LogtoBeans;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared records a member of the previous release (ce524c7) left in the cluster's Hazelcast map mean the same to
 * this release: its ended sign-ins stay ended, its announcements reach sessions, its recheck lease holds, and the
 * time its session last asked Logto still counts. The map holds only {@code String} keys and {@code Long} values,
 * in Hazelcast's own format; what could differ between releases are the keys and what a value means. Fails when a
 * key's prefix or form changes ({@code sid:}, {@code sub:}, {@code changed:}, {@code recheck:<session id>}), a value
 * stops being epoch millis, or the session's check time moves to another attribute or type.
 */
class PreviousReleaseMarkersTest {

    /** The id of the fixture's signed-in session (its README), named in the lease it holds. */
    private static final String SESSION_ID = "Qm3f9XbT0kLw7Rz2Vn8cJpA";
    /** Before anything the previous release put into the map. */
    private static final Instant EARLIER_SIGN_IN = Instant.parse("2026-12-07T19:00:00Z");

    private final LocalMarkers markers = new LocalMarkers(Duration.ofDays(1), Clock.systemUTC());
    private final EndedSignIns ended = new EndedSignIns();
    private final SessionRecheck recheck = new SessionRecheck();
    private HttpSession session;
    private UserProfile profile;

    @BeforeEach
    void takeOverTheMapAndTheSession() throws Exception {
        PreviousRelease.markers().forEach(markers::put);
        ended.markers = markers;
        recheck.markers = markers;
        recheck.configuration = LogtoBeans.of("http://127.0.0.1:9", "bookstore", "secret", "http://localhost:9080").configuration();
        recheck.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, arguments) -> null); // a check never runs
        session = PreviousRelease.session("signed-in-session", SESSION_ID);
        profile = SessionProfile.of(session).orElseThrow();
    }

    private static UserProfile signedIn(String subject, String sid, Instant at) {
        return new UserProfile(subject, null, null, null, null, false, at, List.of(), List.of(), List.of(), true, sid, at);
    }

    @Test
    void signInsALogoutEndedOnAnOldMemberStayEnded() {
        assertTrue(ended.hasEnded(signedIn("brx4m8k2p6qs", "sid-ended-on-the-old-member", EARLIER_SIGN_IN)), "by Logto session");
        assertTrue(ended.hasEnded(signedIn("jdy5n1c7v3wt", "sid-of-any-sign-in", EARLIER_SIGN_IN)), "by user");
        assertFalse(ended.hasEnded(profile), "the signed-in Kakao user was not signed out");
    }

    @Test
    void anAnnouncementForOneUserMadeOnAnOldMemberReachesThatUsersSessionsOnly() {
        Instant afterTheChangeForEveryone = Instant.ofEpochMilli(PreviousRelease.markers().get("changed:*") + 1);
        HttpSession fresh = PreviousRelease.sessionOf(new HashMap<>(), "fresh");
        assertTrue(recheck.announced(fresh, signedIn("lsh2f6g9h4jz", "s1", afterTheChangeForEveryone)));
        assertFalse(recheck.announced(fresh, signedIn("brx4m8k2p6qs", "s2", afterTheChangeForEveryone)));
    }

    @Test
    void theTimeTheOldMemberAskedLogtoStillCounts() {
        assertTrue(recheck.announced(PreviousRelease.sessionOf(new HashMap<>(), "new"), profile),
                "a session that never asked Logto since the sign-in has the change for everyone to check");
        assertFalse(recheck.announced(session, profile), "this one asked Logto after that change was announced");
    }

    @Test
    void aRecheckLeaseTakenOnAnOldMemberHoldsOnANewOne() {
        assertTrue(recheck.start(session, profile).isEmpty(), "no second check of the session while the old one runs");
    }
}
