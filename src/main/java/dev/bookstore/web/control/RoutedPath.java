package dev.bookstore.web.control;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * The path a request is routed by, and whether what the client sent is that path in normal form. Liberty routes
 * (and applies web.xml's security constraints) by the normalised path, but hands {@code getRequestURI()} over as
 * sent: {@code /api/../admin} reaches the admin page while its URI starts with {@code /api/}. So every decision
 * about a request is made on the routed path, and requests whose URI is not in normal form are refused outright
 * ({@code NormalPathFilter}).
 */
public final class RoutedPath {

    /**
     * Dot segments, empty segments, path parameters, backslashes, control characters, and escapes of any of them
     * (or of {@code %} itself, which would let a second decoding make one): none is ever needed to reach a page.
     */
    private static final Pattern NOT_NORMAL = Pattern.compile(
            "//|/\\.{1,2}(/|$)|[;\\\\\\p{Cntrl}]|%(2[eEfF5]|5[cC]|3[bB]|[01][0-9a-fA-F]|7[fF])");

    private RoutedPath() {
    }

    /** Servlet path plus path info: what the server routes by ({@code /} for the context root). */
    public static String of(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.isEmpty() ? "/" : path;
    }

    /** Whether the URI as sent, after the context path, is a path in normal form. */
    public static boolean isNormal(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri != null && uri.startsWith(context) && isNormal(uri.substring(context.length()));
    }

    static boolean isNormal(String rawPath) {
        return rawPath.startsWith("/") && !NOT_NORMAL.matcher(rawPath).find();
    }
}
