package dev.bookstore.sessions.control;

import dev.bookstore.ground.control.BookstoreMetrics;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of signed-in users on this server, by Logto user ({@code sub}) and Logto session
 * ({@code sid}), so that a back-channel logout can end exactly the sessions it names.
 */
@ApplicationScoped
public class SignedInSessions {

    private record SignIn(HttpSession session, String subject, String logtoSession) {
    }

    private final Map<String, SignIn> bySessionId = new ConcurrentHashMap<>();

    @Inject
    BookstoreMetrics metrics;

    // At start, not on first use: the gauge is served (at zero) before anyone has signed in.
    void countForOps(@Observes @Initialized(ApplicationScoped.class) Object started) {
        metrics.signedInSessions(bySessionId::size);
    }

    public void signedIn(HttpSession session, String subject, String logtoSession) {
        bySessionId.put(session.getId(), new SignIn(session, subject, logtoSession));
    }

    /** A session given a new id (a "confirm it's you" sign-in) is the same signed-in session. */
    public void renamed(String oldId, HttpSession session) {
        SignIn signIn = bySessionId.remove(oldId);
        if (signIn != null) {
            bySessionId.put(session.getId(), new SignIn(session, signIn.subject(), signIn.logtoSession()));
        }
    }

    public void ended(String sessionId) {
        bySessionId.remove(sessionId);
    }

    /**
     * Ends the sessions of Logto session {@code sid} if given, else every session of {@code subject} signed in by
     * {@code signedInBy} (a logout token's {@code iat}: a sign-in made after Logto issued it is not the one it ends).
     */
    public int end(String subject, String sid, Instant signedInBy) {
        List<SignIn> matching = bySessionId.values().stream()
                .filter(signIn -> sid != null ? sid.equals(signIn.logtoSession())
                        : Objects.equals(subject, signIn.subject()) && !signedInAfter(signIn.session(), signedInBy))
                .filter(signIn -> subject == null || subject.equals(signIn.subject()))
                .toList();
        matching.forEach(signIn -> {
            bySessionId.remove(signIn.session().getId());
            try {
                signIn.session().invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile: nothing left to do
            }
        });
        return matching.size();
    }

    private static boolean signedInAfter(HttpSession session, Instant moment) {
        try {
            return SessionProfile.of(session).map(UserProfile::signedInAt).filter(at -> at.isAfter(moment)).isPresent();
        } catch (IllegalStateException alreadyEnded) {
            return false;
        }
    }
}
