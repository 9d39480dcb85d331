package dev.bookstore.sessions.control;

import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.profile.entity.UserProfile;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * When a signed-in session asks Logto again who the user is ({@link IdentityRecheck}): at most every
 * {@code SESSION_RECHECK}, and at once after Logto announced a change for them (a webhook, {@link #announce}). Only
 * one check of a session runs at a time on the whole cluster (a lease in {@link Markers}), because Logto revokes the
 * whole grant when a rotated refresh token is used twice.
 */
@ApplicationScoped
public class SessionRecheck {

    /** The session attribute holding when this session last asked Logto (an {@link Instant}). */
    /** A fixed name, not this class's: sessions written before the component was renamed (logout) hold it. */
    static final String CHECKED_ATTRIBUTE = "dev.bookstore.logout.control.SessionRecheck.checkedAt";
    /** Longest a check may hold its lease if its member dies before giving it back. */
    private static final Duration LONGEST_LEASE_MARGIN = Duration.ofSeconds(5);

    @Inject
    Markers markers;

    @Inject
    IdentityRecheck identity;

    @Inject
    AppConfiguration configuration;

    @Resource
    ManagedExecutorService executor;

    Clock clock = Clock.systemUTC();

    /** Logto changed something about this user (webhook): their sessions check at their next request. */
    public void announce(String subject) {
        markers.put("changed:" + subject, clock.millis());
    }

    /** Logto changed something that may touch any user (a role deleted or its permissions changed). */
    public void announceForEveryone() {
        markers.put("changed:*", clock.millis());
    }

    /** Whether Logto announced a change this session has not checked yet. */
    public boolean announced(HttpSession session, UserProfile profile) {
        return announcedSince(profile, checkedAt(session, profile).toEpochMilli());
    }

    /** Whether SESSION_RECHECK has passed since this session last asked Logto (or signed in). */
    public boolean due(HttpSession session, UserProfile profile) {
        return checkedAt(session, profile).plus(configuration.settings().sessionRecheck()).isBefore(clock.instant());
    }

    /**
     * Starts the check beside the request, unless a check of this session is running on any member. The session
     * counts as checked from now, whatever the finding, so a failing Logto is asked once per interval. The lease
     * lasts until {@link #finished}, at most as long as a check can take (its member may die meanwhile).
     */
    public Optional<CompletableFuture<IdentityRecheck.Finding>> start(HttpSession session, UserProfile profile) {
        Duration lease = configuration.settings().timeout().multipliedBy(2).plus(LONGEST_LEASE_MARGIN);
        if (!markers.claim("recheck:" + session.getId(), lease)) {
            return Optional.empty();
        }
        session.setAttribute(CHECKED_ATTRIBUTE, clock.instant());
        return Optional.of(CompletableFuture.supplyAsync(() -> identity.check(session, profile), executor));
    }

    /**
     * The check's finding is in the session: the lease is given back, so that SESSION_RECHECK (down to 2 s) and a
     * change Logto announces right after are honoured. Every member learns when the session was checked from the
     * cluster's store at once (its own copy of the session may lag by a request), so none starts a check with a
     * refresh token the check just replaced. A change announced while the check was under way may have come after
     * Logto answered it: the session then counts as checked only from when the check started, and its next request
     * asks again.
     */
    public void finished(HttpSession session, UserProfile profile, CompletableFuture<IdentityRecheck.Finding> check) {
        if (!check.isDone()) {
            return; // still talking to Logto: its lease ends by itself
        }
        long started = session.getAttribute(CHECKED_ATTRIBUTE) instanceof Instant at ? at.toEpochMilli() : clock.millis();
        markers.put("rechecked:" + session.getId(), announcedSince(profile, started) ? started : clock.millis());
        markers.release("recheck:" + session.getId());
    }

    private Instant checkedAt(HttpSession session, UserProfile profile) {
        Instant here = session.getAttribute(CHECKED_ATTRIBUTE) instanceof Instant checked ? checked
                : profile.signedInAt() != null ? profile.signedInAt() : Instant.EPOCH;
        Long anywhere = markers.get("rechecked:" + session.getId());
        return anywhere != null && anywhere > here.toEpochMilli() ? Instant.ofEpochMilli(anywhere) : here;
    }

    private boolean announcedSince(UserProfile profile, long checkedAt) {
        return isAfter(markers.get("changed:" + profile.subject()), checkedAt) || isAfter(markers.get("changed:*"), checkedAt);
    }

    private static boolean isAfter(Long markedAt, long checkedAt) {
        return markedAt != null && markedAt > checkedAt;
    }
}
