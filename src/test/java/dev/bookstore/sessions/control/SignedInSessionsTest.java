package dev.bookstore.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The sessions of signed-in users follow a session's new id ("confirm it's you" gives it one) and leave with it. */
class SignedInSessionsTest {

    private final SignedInSessions sessions = new SignedInSessions();

    private static HttpSession session(AtomicReference<String> id) {
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, arguments) -> "getId".equals(method.getName()) ? id.get() : null);
    }

    @Test
    void aSessionGivenANewIdIsForgottenWhenItEnds() {
        AtomicReference<String> id = new AtomicReference<>("first-id");
        HttpSession session = session(id);
        sessions.signedIn(session, "rdr4x8q2m1ab", "sid-1");
        id.set("second-id");
        sessions.renamed("first-id", session);
        sessions.ended("second-id");
        assertEquals(0, sessions.end("rdr4x8q2m1ab", null, java.time.Instant.now()), "nothing of it is left");
    }

    @Test
    void aBackChannelLogoutFindsASessionUnderItsNewId() {
        AtomicReference<String> id = new AtomicReference<>("first-id");
        HttpSession session = session(id);
        sessions.signedIn(session, "rdr4x8q2m1ab", "sid-1");
        id.set("second-id");
        sessions.renamed("first-id", session);
        assertEquals(1, sessions.end(null, "sid-1", java.time.Instant.now()));
        assertEquals(0, sessions.end(null, "sid-1", java.time.Instant.now()), "ended once");
    }
}
