package dev.bookstore.auth.boundary;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** A response that keeps what the app set on it: status, headers, a redirect, and whether it was reset. */
final class RecordedResponse {

    private final Map<String, String> headers = new HashMap<>();
    private int status = HttpServletResponse.SC_OK;
    private String redirect;
    private int resets;

    private final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
            RecordedResponse.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
            (proxy, method, arguments) -> switch (method.getName()) {
                case "setStatus" -> {
                    status = (Integer) arguments[0];
                    yield null;
                }
                case "getStatus" -> status;
                case "setHeader" -> {
                    headers.put((String) arguments[0], (String) arguments[1]);
                    yield null;
                }
                case "getHeader" -> headers.get((String) arguments[0]);
                case "sendRedirect" -> {
                    if (arguments.length != 1) {
                        throw new UnsupportedOperationException("sendRedirect with a status or body");
                    }
                    status = HttpServletResponse.SC_FOUND; // Servlet 6.1, HttpServletResponse.sendRedirect(String)
                    redirect = (String) arguments[0];
                    yield null;
                }
                case "reset" -> {
                    resets++;
                    headers.clear();
                    status = HttpServletResponse.SC_OK;
                    yield null;
                }
                case "isCommitted" -> false;
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == arguments[0];
                case "toString" -> "response " + status;
                default -> throw new UnsupportedOperationException("HttpServletResponse." + method.getName());
            });

    HttpServletResponse response() {
        return response;
    }

    int status() {
        return status;
    }

    String header(String name) {
        return headers.get(name);
    }

    String redirect() {
        return redirect;
    }

    int resets() {
        return resets;
    }
}
