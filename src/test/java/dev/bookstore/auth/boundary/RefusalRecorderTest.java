package dev.bookstore.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mechanism's refusal of a callback is noted where it is given and never reaches the real response. */
class RefusalRecorderTest {

    private final List<String> sent = new ArrayList<>();
    private final HttpServletResponse real = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class}, (proxy, method, arguments) -> {
                sent.add(method.getName() + (arguments == null ? "" : List.of(arguments)));
                return null;
            });
    private final HttpMessageContext context = (HttpMessageContext) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpMessageContext.class}, (proxy, method, arguments) -> {
                if (method.getName().equals("getResponse")) {
                    return real;
                }
                throw new AssertionError("the recorder passed " + method.getName() + " on to the real context");
            });

    @Test
    void a401SetByTheMechanismIsARefusalKeptFromTheRealResponse() {
        RefusalRecorder recorder = new RefusalRecorder(context);
        recorder.getResponse().setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        assertTrue(recorder.refused());
        assertEquals(List.of(), sent);
    }

    @Test
    void sendError401AndResponseUnauthorizedAreRefusalsToo() throws Exception {
        RefusalRecorder byError = new RefusalRecorder(context);
        byError.getResponse().sendError(HttpServletResponse.SC_UNAUTHORIZED, "no");
        assertTrue(byError.refused());
        RefusalRecorder byContext = new RefusalRecorder(context);
        assertEquals(AuthenticationStatus.SEND_FAILURE, byContext.responseUnauthorized());
        assertTrue(byContext.refused());
        assertEquals(List.of(), sent);
    }

    @Test
    void everythingElseReachesTheRealResponse() throws Exception {
        RefusalRecorder recorder = new RefusalRecorder(context);
        recorder.getResponse().setStatus(HttpServletResponse.SC_OK);
        recorder.getResponse().addHeader("Set-Cookie", "a=b");
        recorder.getResponse().sendRedirect("/");
        assertFalse(recorder.refused());
        assertEquals(List.of("setStatus[200]", "addHeader[Set-Cookie, a=b]", "sendRedirect[/]"), sent);
    }
}
