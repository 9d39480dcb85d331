package dev.bookstore.web.control;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Where to send the browser after sign-in. Only paths on this site are accepted, so a crafted link
 * cannot turn the sign-in into a redirect to another site ({@code //evil}, {@code /\evil}, schemes).
 */
public final class ReturnTo {

    public static final String HOME = "/";
    private static final Pattern UNSAFE = Pattern.compile("[\\\\\\p{Cntrl}\\s]");
    private static final Pattern AUTH_ROUTES = Pattern.compile("^/(sign-in|sign-up|sign-out|callback)([/?#].*)?$");

    private ReturnTo() {
    }

    /** The page this request asked for, to come back to after a sign-in it must first go through. */
    public static String of(HttpServletRequest request) {
        String path = RoutedPath.of(request);
        String query = request.getQueryString();
        return sanitize(query == null ? path : path + "?" + query);
    }

    public static String sanitize(String requested) {
        if (requested == null || !requested.startsWith("/") || requested.startsWith("//")
                || UNSAFE.matcher(requested).find() || AUTH_ROUTES.matcher(requested).matches()) {
            return HOME;
        }
        try {
            URI uri = new URI(requested);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? requested : HOME;
        } catch (URISyntaxException malformed) {
            return HOME;
        }
    }
}
