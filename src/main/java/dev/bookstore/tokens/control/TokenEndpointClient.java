package dev.bookstore.tokens.control;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.bookstore.ground.control.BookstoreMetrics;
import dev.bookstore.logto.control.HttpCalls;
import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.logto.control.LogtoEndpoints;
import dev.bookstore.ground.entity.AppSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two calls the annotation cannot make: the {@code refresh_token} grant with {@code resource} or
 * {@code organization_id} (as Logto's SDKs do), and revoking the refresh token at sign-out. The app
 * authenticates with {@code client_secret_basic}, as Logto expects of a Traditional web app.
 */
@ApplicationScoped
public class TokenEndpointClient {

    @Inject
    BookstoreMetrics metrics;

    @Inject
    HttpCalls http;

    @Inject
    AppConfiguration configuration;

    @Inject
    LogtoEndpoints endpoints;

    /** @return Logto's JSON answer: access_token, expires_in, scope, refresh_token (any may be absent) */
    public Map<String, Object> refresh(String refreshToken, String parameter, String value)
            throws IOException, SignInAgainException, TokenRefusedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        if (parameter != null) {
            form.put(parameter, value);
        }
        HttpResponse<String> response;
        try {
            response = post(endpoints.token(), form);
        } catch (IOException failing) {
            metrics.tokenRefresh("failed");
            throw failing;
        }
        Map<String, Object> body = json(response);
        metrics.tokenRefresh(response.statusCode() == 200 ? "refreshed"
                : "invalid_grant".equals(body.get("error")) ? "grant_ended" : "failed");
        if (response.statusCode() == 200) {
            return body;
        }
        String error = String.valueOf(body.get("error"));
        if ("invalid_grant".equals(error)) {
            throw new SignInAgainException("Logto no longer accepts the refresh token (invalid_grant)");
        }
        if ("invalid_client".equals(error)) {
            throw new IOException("Logto refused the app's credentials (invalid_client): check LOGTO_APP_ID, "
                    + "LOGTO_APP_SECRET and that the app is a Traditional web application");
        }
        if (response.statusCode() >= 500) {
            throw new IOException("Logto's token endpoint answered HTTP " + response.statusCode());
        }
        throw new TokenRefusedException(error, "Logto refused the token: " + error);
    }

    /** Ends the grant at Logto: a refresh token outlives a normal sign-out otherwise. */
    public void revoke(String refreshToken) throws IOException {
        Map<String, String> form = Map.of("token", refreshToken, "token_type_hint", "refresh_token");
        HttpResponse<String> response = post(endpoints.revocation(), form);
        if (response.statusCode() != 200) {
            throw new IOException("Logto's revocation endpoint answered HTTP " + response.statusCode());
        }
    }

    private HttpResponse<String> post(URI endpoint, Map<String, String> form) throws IOException {
        AppSettings settings = configuration.settings();
        String credentials = HttpCalls.formEncode(settings.appId()) + ":" + HttpCalls.formEncode(settings.appSecret());
        HttpRequest.Builder request = HttpCalls.formPost(endpoint, List.copyOf(form.entrySet()))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        return http.send(request);
    }

    private static Map<String, Object> json(HttpResponse<String> response) throws IOException {
        try {
            return response.body().isBlank() ? Map.of() : JSONObjectUtils.parse(response.body());
        } catch (ParseException unreadable) {
            throw new IOException("Logto's token endpoint answered HTTP " + response.statusCode() + " without JSON");
        }
    }
}
