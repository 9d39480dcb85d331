package dev.bookstore.devprovider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A LogtoDouble on a free loopback port, and the client side of the fault tests. Self-contained rather than built
 * on LocalLogtoHarness, so these tests keep working while the shared harness is reshaped.
 */
final class FaultTestProvider implements AutoCloseable {

    static final String CLIENT_ID = "fault-test-client";
    static final String NONCE = "n-0S6_WzA2Mj";

    private static final String CLIENT_SECRET = "fault-test-secret";
    private static final String REDIRECT_URI = "http://localhost:9080/callback";
    private static final Pattern INTERACTION = Pattern.compile("name=\"interaction\" value=\"([^\"]+)\"");

    final LogtoDouble provider = LogtoDouble.start("127.0.0.1", 0, new LocalLogtoClient(CLIENT_ID, CLIENT_SECRET,
            Set.of(REDIRECT_URI), Set.of()));
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Signs the reader in with the scope and {@link #NONCE}, consenting, and redeems the code. */
    Map<String, Object> signIn(String scope) {
        return signIn(scope, null);
    }

    /** As {@link #signIn(String)}; with a resource (may be null) for both requests, the access token is a JWT. */
    Map<String, Object> signIn(String scope, String resource) {
        Map<String, String> authorization = new LinkedHashMap<>();
        authorization.put("client_id", CLIENT_ID);
        authorization.put("redirect_uri", REDIRECT_URI);
        authorization.put("response_type", "code");
        authorization.put("scope", scope);
        authorization.put("state", "st-faults");
        authorization.put("nonce", NONCE);
        authorization.put("prompt", "consent");
        if (resource != null) {
            authorization.put("resource", resource);
        }
        HttpResponse<String> page = send(request("/oidc/auth?" + query(authorization)).GET().build());
        assertEquals(200, page.statusCode(), page.body());
        HttpResponse<String> redirect = postForm("/oidc/auth/submit",
                Map.of("interaction", interactionId(page.body()), "user", "reader"));
        assertEquals(302, redirect.statusCode(), redirect.body());
        Map<String, List<String>> callback = new LinkedHashMap<>();
        UrlEncoding.parseInto(URI.create(redirect.headers().firstValue("Location").orElseThrow()).getRawQuery(),
                callback);
        Map<String, String> exchange = new LinkedHashMap<>(Map.of("grant_type", "authorization_code",
                "code", callback.get("code").get(0), "redirect_uri", REDIRECT_URI));
        if (resource != null) {
            exchange.put("resource", resource);
        }
        HttpResponse<String> tokens = token(exchange);
        assertEquals(200, tokens.statusCode(), tokens.body());
        return json(tokens);
    }

    /** The ID token of a fresh sign-in with scope openid. */
    String idToken() {
        return (String) signIn("openid").get("id_token");
    }

    HttpResponse<String> refresh(Object refreshToken) {
        return token(Map.of("grant_type", "refresh_token", "refresh_token", (String) refreshToken));
    }

    HttpResponse<String> token(Map<String, String> form) {
        return send(tokenRequest(form).build());
    }

    /** A token request with client_secret_basic, to send as is or with a timeout. */
    HttpRequest.Builder tokenRequest(Map<String, String> form) {
        String pair = UrlEncoding.encode(CLIENT_ID) + ":" + UrlEncoding.encode(CLIENT_SECRET);
        return formRequest("/oidc/token", form).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    JWKSet jwks() {
        try {
            return JWKSet.parse(get("/oidc/jwks").body());
        } catch (ParseException e) {
            throw new AssertionError("the JWKS does not parse", e);
        }
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(provider.endpoint() + pathAndQuery));
    }

    HttpClient http() {
        return http;
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> json(HttpResponse<String> response) {
        try {
            return JSONObjectUtils.parse(response.body());
        } catch (ParseException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private HttpResponse<String> postForm(String path, Map<String, String> form) {
        return send(formRequest(path, form).build());
    }

    private HttpRequest.Builder formRequest(String path, Map<String, String> form) {
        return request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query(form)));
    }

    private static String query(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? "" : "&")
                .append(UrlEncoding.encode(name)).append('=').append(UrlEncoding.encode(value)));
        return query.toString();
    }

    private static String interactionId(String html) {
        Matcher matcher = INTERACTION.matcher(html);
        assertTrue(matcher.find(), "no interaction id in the sign-in page");
        return matcher.group(1);
    }

    @Override
    public void close() {
        provider.close();
    }
}
