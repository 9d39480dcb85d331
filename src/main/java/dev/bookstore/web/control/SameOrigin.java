package dev.bookstore.web.control;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Tells whether a state-changing request comes from this site's own pages. Browsers send {@code Origin}
 * (or at least {@code Sec-Fetch-Site}) on every POST, so a cross-site form cannot pass; a request that
 * carries neither header does not come from a browser and cannot ride on a user's cookies.
 */
public record SameOrigin(String origin) {

    public static SameOrigin of(URI baseUrl) {
        return new SameOrigin(baseUrl.getScheme() + "://" + baseUrl.getRawAuthority());
    }

    public boolean accepts(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return origin.equalsIgnoreCase(this.origin);
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin");
        }
        String referer = request.getHeader("Referer");
        return referer == null || referer.startsWith(this.origin + "/");
    }
}
