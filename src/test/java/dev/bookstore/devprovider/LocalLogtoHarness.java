package dev.bookstore.devprovider;

import static dev.bookstore.devprovider.OAuthTestValues.json;
import static dev.bookstore.devprovider.OAuthTestValues.locationParameters;
import static dev.bookstore.devprovider.OAuthTestValues.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a LogtoDouble on a free loopback port for each test, as a registered extension, and speaks HTTP to it like
 * an OIDC client and a browser.
 */
public final class LocalLogtoHarness implements BeforeEachCallback, AfterEachCallback {

    public static final String CLIENT_ID = "bookstore-test";
    public static final String CLIENT_SECRET = "test-secret:with/odd&chars";
    public static final String REDIRECT_URI = "http://localhost:9080/callback";
    static final String POST_LOGOUT_URI = "http://localhost:9080/";
    static final String FULL_SCOPE = "openid offline_access profile email roles identities";

    /** The result of signing in at the provider: the code redirect's parameters and the session cookie. */
    record SignIn(Map<String, List<String>> redirect, String sessionCookie) {

        String code() {
            return redirect.get("code").get(0);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private LogtoDouble provider;

    @Override
    public void beforeEach(ExtensionContext context) {
        provider = LogtoDouble.start("127.0.0.1", freePort(), new LocalLogtoClient(CLIENT_ID, CLIENT_SECRET,
                Set.of(REDIRECT_URI), Set.of(POST_LOGOUT_URI)));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        provider.close();
    }

    public LogtoDouble provider() {
        return provider;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) {
        return send(request(pathAndQuery, headers).GET().build());
    }

    HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query(form))).build());
    }

    /** The authorization endpoint with the test client, its redirect URI, response_type=code and the extras. */
    HttpResponse<String> authorize(Map<String, String> parameters) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("client_id", CLIENT_ID);
        all.put("redirect_uri", REDIRECT_URI);
        all.put("response_type", "code");
        all.putAll(parameters);
        return get("/oidc/auth?" + query(all));
    }

    /** Submits the sign-in page as the demo user, or "cancel"; answers the redirect to the client. */
    HttpResponse<String> choose(HttpResponse<String> page, String userKey) {
        assertEquals(200, page.statusCode(), page.body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("interaction", OAuthTestValues.interactionId(page.body()));
        form.put(userKey.equals("cancel") ? "action" : "user", userKey);
        return post("/oidc/auth/submit", form);
    }

    SignIn signIn(String userKey, Map<String, String> parameters) {
        HttpResponse<String> redirect = choose(authorize(parameters), userKey);
        String cookie = redirect.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        return new SignIn(locationParameters(redirect), cookie);
    }

    HttpResponse<String> token(Map<String, String> form) {
        return post("/oidc/token", form, "Authorization", OAuthTestValues.basic(CLIENT_ID, CLIENT_SECRET));
    }

    /** Exchanges the code with client_secret_basic; asserts success and returns the token response. */
    Map<String, Object> redeem(String code, String codeVerifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", REDIRECT_URI);
        if (codeVerifier != null) {
            form.put("code_verifier", codeVerifier);
        }
        HttpResponse<String> response = token(form);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    /** Signs in as the demo user with the scope (no PKCE, no consent) and redeems the code. */
    Map<String, Object> tokensFor(String userKey, String scope) {
        return redeem(signIn(userKey, Map.of("scope", scope, "state", "st-" + userKey)).code(), null);
    }

    /** {@code /oidc/me} with the access token, the body kept as the raw bytes sent. */
    HttpResponse<byte[]> userinfo(Object accessToken) {
        return send(request("/oidc/me", "Authorization", "Bearer " + accessToken).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String pathAndQuery, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(provider.endpoint() + pathAndQuery));
        return headers.length == 0 ? builder : builder.headers(headers);
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
