package dev.bookstore.auth.control;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.bookstore.logto.control.HttpCalls;
import dev.bookstore.logto.control.LogtoEndpoints;
import dev.bookstore.ground.entity.AppSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Sends Logto's authorization endpoint the sign-in request this app sends users with (server-side, following no
 * redirect, with a state of its own that no callback will ever carry) and reads what Logto makes of it.
 */
@ApplicationScoped
public class TrialAuthorization {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpCalls http;

    @Inject
    LogtoEndpoints endpoints;

    /**
     * The error Logto answers the app's sign-in request with, if any: on a redirect to the app's callback, or in
     * its own 400 answer (an unknown app, an unregistered redirect URI). A redirect anywhere else is to Logto's
     * sign-in screen (Logto's answer; a provider may also show it at once): the request is good.
     */
    Optional<String> refusal(AppSettings settings, boolean withApiResource) throws IOException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(request(settings, withApiResource)).GET());
        int status = answer.statusCode();
        if (status >= 300 && status < 400) {
            String location = answer.headers().firstValue("Location").orElse("");
            return location.startsWith(settings.redirectUri() + "?") ? QueryParameter.of(URI.create(location), "error")
                    : Optional.empty();
        }
        if (status < 300) {
            return Optional.empty(); // Logto's sign-in screen, shown at once
        }
        if (status >= 500) {
            throw new IOException("Logto's authorization endpoint answered HTTP " + status);
        }
        try {
            // Logto answers itself, with JSON, what it must not send to a redirect URI it cannot trust.
            if (JSONObjectUtils.parse(answer.body()).get("error") instanceof String error) {
                return Optional.of(error);
            }
        } catch (ParseException notJson) {
            // reported below
        }
        throw new IOException("Logto's authorization endpoint answered HTTP " + status + " without naming the problem");
    }

    private URI request(AppSettings settings, boolean withApiResource) throws IOException {
        List<String> query = new ArrayList<>(List.of("client_id=" + HttpCalls.formEncode(settings.appId()),
                "redirect_uri=" + HttpCalls.formEncode(settings.redirectUri()), "response_type=code",
                "scope=" + HttpCalls.formEncode(String.join(" ", settings.scopes())), "prompt=consent",
                "state=probe-" + random(), "nonce=" + random()));
        if (withApiResource) {
            query.add("resource=" + HttpCalls.formEncode(settings.apiResource()));
        }
        return URI.create(endpoints.authorization() + "?" + String.join("&", query));
    }

    private static String random() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

}
