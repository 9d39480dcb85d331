package dev.bookstore.web.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/** Whether an {@code Authorization} header claims Basic credentials that are not even well-formed (RFC 7617). */
public final class BasicCredentials {

    private static final Pattern WELL_FORMED = Pattern.compile("(?i:basic) ([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");

    private BasicCredentials() {
    }

    /**
     * Any header that names the Basic scheme but is not exactly {@code Basic <Base64 of id:secret>}: no colon, no or
     * bad Base64, extra spaces. Stricter than RFC 7617's grammar on purpose: the one form every client sends.
     */
    public static boolean malformed(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic", 0, 5)) {
            return false;
        }
        if (!WELL_FORMED.matcher(authorization).matches()) {
            return true;
        }
        byte[] decoded = Base64.getDecoder().decode(authorization.substring(6));
        return new String(decoded, StandardCharsets.UTF_8).indexOf(':') < 0;
    }
}
