package dev.bookstore.logto.control;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** An error answer in the JSON shape of OAuth 2.0 (RFC 6749, 5.2): {@code error} and {@code error_description}. */
public final class OAuthErrorAnswer {

    private OAuthErrorAnswer() {
    }

    public static void send(HttpServletResponse response, int status, String error, String description) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write(Json.createObjectBuilder().add("error", error)
                .add("error_description", description).build().toString());
    }
}
