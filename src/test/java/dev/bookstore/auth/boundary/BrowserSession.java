package dev.bookstore.auth.boundary;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An HTTP session as the servlet container keeps it (id, attributes, invalidation), for unit tests of the app's part. */
final class BrowserSession {

    private final Map<String, Object> attributes = new HashMap<>();
    private String id;
    private boolean invalidated;
    private final HttpSession session = (HttpSession) Proxy.newProxyInstance(BrowserSession.class.getClassLoader(),
            new Class<?>[] {HttpSession.class}, (proxy, method, arguments) -> switch (method.getName()) {
                case "getId" -> id;
                case "getAttribute" -> valid().get((String) arguments[0]);
                case "getAttributeNames" -> Collections.enumeration(List.copyOf(valid().keySet()));
                case "setAttribute" -> {
                    valid().put((String) arguments[0], arguments[1]);
                    yield null;
                }
                case "removeAttribute" -> {
                    valid().remove((String) arguments[0]);
                    yield null;
                }
                case "invalidate" -> {
                    valid();
                    invalidated = true;
                    yield null;
                }
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == arguments[0];
                case "toString" -> "session " + id;
                default -> throw new UnsupportedOperationException("HttpSession." + method.getName());
            });

    BrowserSession(String id) {
        this.id = id;
    }

    HttpSession session() {
        return session;
    }

    String id() {
        return id;
    }

    boolean invalidated() {
        return invalidated;
    }

    /** What the session holds now, read as the test's own look (not the app's). */
    Object attribute(String name) {
        return attributes.get(name);
    }

    BrowserSession with(String name, Object value) {
        attributes.put(name, value);
        return this;
    }

    /** {@code HttpServletRequest.changeSessionId()}: same session, attributes kept, a new id. */
    String changeId() {
        valid();
        id = id + "-renewed";
        return id;
    }

    private Map<String, Object> valid() {
        if (invalidated) {
            throw new IllegalStateException("session " + id + " has been invalidated");
        }
        return attributes;
    }
}
