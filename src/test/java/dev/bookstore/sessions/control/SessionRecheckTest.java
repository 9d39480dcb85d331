package dev.bookstore.sessions.control;

import static dev.bookstore.sessions.control.RecheckCluster.checkAndFinish;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.profile.entity.UserProfile;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * When a session is due to ask Logto again (SESSION_RECHECK since its sign-in or its last check, whatever that check
 * found), and which changes Logto announced it has yet to ask about: its user's, everyone's, on any member.
 */
class SessionRecheckTest {

    private final RecheckCluster cluster = new RecheckCluster();
    private final SessionRecheck member = cluster.member("5m");
    private final UserProfile jane = cluster.signedIn("rdr4x8q2m1ab", Duration.ofMinutes(4));
    private final UserProfile minji = cluster.signedIn("kko7m2x9q4cd", Duration.ofMinutes(4));
    private final HttpSession janes = new SessionCopy("session-jane").session;
    private final HttpSession minjis = new SessionCopy("session-minji").session;

    @Test
    void aSessionIsDueOnceTheIntervalHasPassedSinceItsSignIn() {
        assertFalse(member.due(janes, jane), "signed in 4 minutes ago");
        cluster.later(Duration.ofMinutes(1));
        assertFalse(member.due(janes, jane), "exactly 5 minutes ago");
        cluster.later(Duration.ofMillis(1));
        assertTrue(member.due(janes, jane));
    }

    @Test
    void aProfileThatDoesNotSayWhenItSignedInIsDueAtOnce() {
        UserProfile timeless = new UserProfile(jane.subject(), jane.name(), jane.username(), null, null, false, null,
                jane.roles(), jane.organizations(), jane.identities(), true, jane.logtoSession(), null);
        assertTrue(member.due(janes, timeless));
    }

    @Test
    void aStartedCheckCountsAsAskedFromItsStartWhateverItFinds() {
        cluster.later(Duration.ofMinutes(2));
        CompletableFuture<IdentityRecheck.Finding> check = member.start(janes, jane).orElseThrow();
        check.complete(new IdentityRecheck.Finding.Unknown("Logto answered 503"));
        member.finished(janes, jane, check);
        cluster.later(Duration.ofMinutes(5));
        assertFalse(member.due(janes, jane), "a failing Logto is asked once per interval");
        cluster.later(Duration.ofMillis(1));
        assertTrue(member.due(janes, jane));
    }

    @Test
    void aChangeAnnouncedForAUserConcernsTheirSessionsOnEveryMemberOnly() {
        SessionRecheck other = cluster.member("5m");
        assertFalse(member.announced(janes, jane));
        cluster.later(Duration.ofSeconds(1));
        other.announce(jane.subject());
        assertTrue(member.announced(janes, jane), "announced on another member");
        assertTrue(member.announced(new SessionCopy("jane-on-her-phone").session, jane));
        assertFalse(member.announced(minjis, minji));
    }

    @Test
    void aChangeAnnouncedForEveryoneConcernsEverySession() {
        cluster.later(Duration.ofSeconds(1));
        member.announceForEveryone();
        assertTrue(member.announced(janes, jane));
        assertTrue(member.announced(minjis, minji));
    }

    @Test
    void aChangeAnnouncedBeforeTheLastCheckIsNotNews() {
        cluster.later(Duration.ofSeconds(1));
        member.announce(jane.subject());
        member.announceForEveryone();
        cluster.later(Duration.ofMillis(1));
        checkAndFinish(member, janes, jane);
        assertFalse(member.announced(janes, jane));
        assertFalse(cluster.member("5m").announced(new SessionCopy("session-jane").session, jane),
                "nor on a member whose copy of the session has not seen the check yet");
    }

    @Test
    void aChangeAnnouncedWhileTheCheckTalkedToLogtoIsCheckedAtTheNextRequest() {
        CompletableFuture<IdentityRecheck.Finding> check = member.start(janes, jane).orElseThrow();
        cluster.later(Duration.ofMillis(40)); // Logto answers the refresh grant with the old name
        member.announce(jane.subject()); // the user renamed meanwhile: the webhook
        cluster.later(Duration.ofMillis(40));
        check.complete(new IdentityRecheck.Finding.Current(jane, false));
        member.finished(janes, jane, check);
        assertTrue(member.announced(janes, jane));
        assertTrue(cluster.member("5m").announced(new SessionCopy("session-jane").session, jane), "on every member");
        cluster.later(Duration.ofMillis(10));
        checkAndFinish(member, janes, jane);
        assertFalse(member.announced(janes, jane), "once asked again, it is not news any more");
    }
}
