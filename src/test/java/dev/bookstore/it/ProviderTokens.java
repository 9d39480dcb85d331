package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import dev.bookstore.devprovider.LogtoDouble;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;

/**
 * Gets tokens from the local Logto the way any client of the Bookstore API would: a code flow as the
 * registered app, with the API resource named at sign-in and at the code exchange.
 */
final class ProviderTokens {

    private static final String SCOPES = "openid offline_access profile urn:logto:scope:organizations read:books write:books manage:club-shelf";

    private ProviderTokens() {
    }

    /** The token response for {@code user}, its access token a JWT for the API resource. */
    static Map<String, Object> apiTokens(LogtoDouble logto, String user) throws Exception {
        return apiTokens(logto, user, ItSettings.url("/callback"));
    }

    /** As {@link #apiTokens(LogtoDouble, String)}, for an app whose redirect URI is {@code callback}. */
    static Map<String, Object> apiTokens(LogtoDouble logto, String user, String callback) throws Exception {
        return apiTokens(new App(logto.endpoint(), logto.apiResource(), ItSettings.CLIENT_ID, ItSettings.CLIENT_SECRET),
                user, callback);
    }

    /** A provider known by its URL only (e.g. the built-in one run as its own process), and the app registered there. */
    record App(String endpoint, String apiResource, String clientId, String clientSecret) {
    }

    /** As {@link #apiTokens(LogtoDouble, String)}, at {@code app}'s provider, for its redirect URI {@code callback}. */
    static Map<String, Object> apiTokens(App app, String user, String callback) throws Exception {
        Browserless client = new Browserless();
        String resource = URLEncoder.encode(app.apiResource(), StandardCharsets.UTF_8);
        String redirect = URLEncoder.encode(callback, StandardCharsets.UTF_8);
        HttpResponse<String> page = client.get(app.endpoint() + "/oidc/auth?response_type=code&client_id=" + app.clientId()
                + "&redirect_uri=" + redirect + "&scope=" + URLEncoder.encode(SCOPES, StandardCharsets.UTF_8)
                + "&prompt=consent&state=api-test&resource=" + resource);
        HttpResponse<String> back = client.post(app.endpoint() + "/oidc/auth/submit",
                Map.of("interaction", Browserless.inputValue(page.body(), "interaction"), "user", user));
        String code = Browserless.query(Browserless.location(back)).get("code");
        return token(client, app, Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", callback, "resource", app.apiResource()));
    }

    /** A refresh_token grant, e.g. with {@code organization_id}; returns Logto's JSON answer. */
    static Map<String, Object> token(Browserless client, LogtoDouble logto, Map<String, String> form) throws Exception {
        return token(client, new App(logto.endpoint(), logto.apiResource(), ItSettings.CLIENT_ID, ItSettings.CLIENT_SECRET), form);
    }

    private static Map<String, Object> token(Browserless client, App app, Map<String, String> form) throws Exception {
        HttpResponse<String> response = client.post(app.endpoint() + "/oidc/token", form,
                "Authorization", basic(app.clientId(), app.clientSecret()));
        Map<String, Object> answer = JSONObjectUtils.parse(response.body());
        answer.put("http_status", response.statusCode());
        return answer;
    }

    /** An organization token for {@code user}: a refresh grant with Logto's {@code organization_id}; Logto's answer. */
    static Map<String, Object> organizationTokens(LogtoDouble logto, String user, String organizationId) throws Exception {
        Object refreshToken = apiTokens(logto, user).get("refresh_token");
        return token(new Browserless(), logto, Map.of("grant_type", "refresh_token", "refresh_token", (String) refreshToken,
                "organization_id", organizationId));
    }

    static String accessToken(Map<String, Object> answer) {
        assertEquals(200, answer.get("http_status"), answer::toString);
        return (String) answer.get("access_token");
    }

    /** The Logto user id an access token is for. */
    static String subject(String accessToken) throws ParseException {
        return SignedJWT.parse(accessToken).getJWTClaimsSet().getSubject();
    }

    private static String basic(String clientId, String clientSecret) {
        String credentials = clientId + ":" + clientSecret;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
