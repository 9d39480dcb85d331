package dev.bookstore.sessions.control;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * One member's copy of an HTTP session, as Hazelcast gives each member its own: its attributes, and whether it was
 * ended here. Two copies with the same id are the same session on two members.
 */
final class SessionCopy {

    private final Map<String, Object> attributes = new HashMap<>();
    private boolean invalidated;
    final HttpSession session;

    SessionCopy(String id) {
        session = (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getId" -> id;
                    case "getAttribute" -> attributes.get((String) arguments[0]);
                    case "setAttribute" -> attributes.put((String) arguments[0], arguments[1]);
                    case "removeAttribute" -> attributes.remove((String) arguments[0]);
                    case "invalidate" -> {
                        invalidated = true;
                        yield null;
                    }
                    default -> null;
                });
    }

    boolean invalidated() {
        return invalidated;
    }
}
