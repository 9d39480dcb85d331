package dev.bookstore.logto.control;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** An error answer in the JSON shape of OAuth 2.0 (RFC 6749, 5.2): {@code error} and {@code error_description}. */
public final class OAuthErrorAnswer {

    private OAuthErrorAnswer() {
    }

    public static void send(HttpServletResponse response, int status, String error, String description) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write(body(error, description));
    }

    /** The body, written with Nimbus (as Logto's answers are read): JSON-P would need the container's provider. */
    public static String body(String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        return JSONObjectUtils.toJSONString(body);
    }
}
