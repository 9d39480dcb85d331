package dev.bookstore.books.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bookstore.logto.control.LogtoBeans;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.tokens.control.SignInAgainException;
import dev.bookstore.tokens.control.TokenRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each way the shelf page's call to the API can fail has its own message; only a sign-in to renew leaves the session. */
class ShelfProblemsTest {

    private final Map<String, Object> requestAttributes = new HashMap<>();
    private final List<String> removedFromSession = new ArrayList<>();
    private final HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpSession.class}, (proxy, method, arguments) -> {
                if (method.getName().equals("removeAttribute")) {
                    removedFromSession.add((String) arguments[0]);
                }
                return null;
            });
    private final HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> switch (method.getName()) {
                case "getSession" -> session;
                case "getAttribute" -> requestAttributes.get((String) arguments[0]);
                case "setAttribute" -> requestAttributes.put((String) arguments[0], arguments[1]);
                default -> null;
            });
    private final ShelfProblems problems = new ShelfProblems();

    {
        problems.configuration = LogtoBeans.of("http://127.0.0.1:1", "app", "secret", "http://localhost:9080").configuration();
    }

    @Test
    void aGrantLogtoEndedAsksForANewSignInAndDropsTheSessionsProfile() {
        assertEquals("shelf.signInAgain", problems.of(new SignInAgainException("invalid_grant"), request));
        assertEquals(List.of(UserProfile.SESSION_ATTRIBUTE), removedFromSession);
    }

    @Test
    void aTokenLogtoRefusesIsNotAllowedUnlessTheApiResourceIsMissingAtLogto() {
        assertEquals("shelf.notAllowed", problems.of(new TokenRefusedException("access_denied", "no"), request));
        assertEquals("shelf.apiNotSetUp", problems.of(new TokenRefusedException("invalid_target", "no such resource"), request));
        assertEquals(List.of(), removedFromSession);
    }

    @Test
    void anApiThatCannotBeReachedIsUnavailable() {
        assertEquals("shelf.unavailable", problems.of(new HttpTimeoutException("request timed out"), request));
        assertEquals("shelf.unavailable", problems.of(new IOException("the Bookstore API answered HTTP 502"), request));
        assertEquals(List.of(), removedFromSession);
    }
}
