package dev.bookstore.auth.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One request as Liberty hands it to the app: what the browser sent (URI, parameters, headers), how Liberty routed
 * it (servlet path, dispatcher type), who the container holds signed in, and the session. A JDK proxy: a call the
 * app makes that is not modelled here fails the test, rather than answering something made up.
 */
final class BrowserRequest {

    private final Map<String, String> parameters = new HashMap<>();
    private final Map<String, String> headers = new HashMap<>();
    private final Map<String, Object> attributes = new HashMap<>();
    private final List<String> forwards = new ArrayList<>();
    private String contextPath = "";
    private String requestUri;
    private String servletPath;
    private DispatcherType dispatcherType = DispatcherType.REQUEST;
    private Principal caller;
    private BrowserSession session;
    private int sessionsMade;

    private final HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
            BrowserRequest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
            (proxy, method, arguments) -> switch (method.getName()) {
                case "getParameter" -> parameters.get((String) arguments[0]);
                case "getHeader" -> headers.get((String) arguments[0]);
                case "getAttribute" -> attributes.get((String) arguments[0]);
                case "setAttribute" -> {
                    attributes.put((String) arguments[0], arguments[1]);
                    yield null;
                }
                case "removeAttribute" -> {
                    attributes.remove((String) arguments[0]);
                    yield null;
                }
                case "getContextPath" -> contextPath;
                case "getRequestURI" -> contextPath + requestUri;
                case "getServletPath" -> servletPath;
                case "getPathInfo" -> null;
                case "getDispatcherType" -> dispatcherType;
                case "getUserPrincipal" -> caller;
                case "getSession" -> session(arguments == null || (Boolean) arguments[0]);
                case "changeSessionId" -> {
                    if (session == null) {
                        throw new IllegalStateException("no session to change the id of");
                    }
                    yield session.changeId();
                }
                case "getRequestDispatcher" -> dispatcherTo((String) arguments[0]);
                case "getQueryString" -> parameters.isEmpty() ? null : parameters.entrySet().stream()
                        .map(parameter -> parameter.getKey() + "=" + parameter.getValue()).sorted().collect(Collectors.joining("&"));
                case "getLocales" -> Collections.emptyEnumeration();
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == arguments[0];
                case "toString" -> "GET " + requestUri;
                default -> throw new UnsupportedOperationException("HttpServletRequest." + method.getName());
            });

    private BrowserRequest(String path) {
        requestUri = path;
        servletPath = path;
    }

    /** A request for {@code path}, sent in normal form, which Liberty routes by that same path. */
    static BrowserRequest get(String path) {
        return new BrowserRequest(path);
    }

    /** A request whose URI as sent ({@code asSent}) Liberty normalised to route it by {@code routedPath}. */
    static BrowserRequest sentAs(String asSent, String routedPath) {
        BrowserRequest request = new BrowserRequest(asSent);
        request.servletPath = routedPath;
        return request;
    }

    BrowserRequest param(String name, String value) {
        parameters.put(name, value);
        return this;
    }

    BrowserRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    BrowserRequest attribute(String name, Object value) {
        attributes.put(name, value);
        return this;
    }

    BrowserRequest underContext(String path) {
        contextPath = path;
        return this;
    }

    /** Dispatched within a request already under way (a forward, an error page), not sent by the browser itself. */
    BrowserRequest dispatchedAs(DispatcherType type) {
        dispatcherType = type;
        return this;
    }

    /** The container holds {@code subject} signed in for this request. */
    BrowserRequest signedInAs(String subject) {
        caller = () -> subject;
        return this;
    }

    BrowserRequest in(BrowserSession browserSession) {
        session = browserSession;
        return this;
    }

    HttpServletRequest request() {
        return request;
    }

    Object attribute(String name) {
        return attributes.get(name);
    }

    /** The session the request has now (one the app made included), or null. */
    BrowserSession session() {
        return session;
    }

    int sessionsMade() {
        return sessionsMade;
    }

    /** The paths the app forwarded this request to. */
    List<String> forwards() {
        return List.copyOf(forwards);
    }

    private Object session(boolean create) {
        if (session != null && session.invalidated()) {
            session = null; // as the container: an invalidated session is no longer the request's
        }
        if (session == null && create) {
            session = new BrowserSession("made-by-the-app-" + ++sessionsMade);
        }
        return session == null ? null : session.session();
    }

    private RequestDispatcher dispatcherTo(String path) {
        return (RequestDispatcher) Proxy.newProxyInstance(BrowserRequest.class.getClassLoader(),
                new Class<?>[] {RequestDispatcher.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("forward")) {
                        throw new UnsupportedOperationException("RequestDispatcher." + method.getName());
                    }
                    forwards.add(path);
                    return null;
                });
    }
}
