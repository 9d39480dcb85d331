package dev.bookstore.devprovider;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sign-ins that name the API resource, with consent so that a refresh token is issued. */
public final class ResourceFlow {

    static final String API = "https://api.bookstore.example";
    static final String BOOK_SCOPES = "openid offline_access read:books write:books";
    static final String ORGANIZATION_SCOPES = "openid offline_access urn:logto:scope:organizations manage:club-shelf";

    private ResourceFlow() {
    }

    /** The authorization request's parameters: the scope, prompt=consent and {@code resource=API}. */
    static Map<String, String> request(String scope) {
        return Map.of("scope", scope, "prompt", "consent", "resource", API, "state", "st-resource");
    }

    static String code(LocalLogtoHarness harness, String userKey, String scope) {
        return harness.signIn(userKey, request(scope)).code();
    }

    /** Signs in and redeems the code without a resource: opaque access token plus refresh token. */
    public static Map<String, Object> signIn(LocalLogtoHarness harness, String userKey, String scope) {
        return harness.redeem(code(harness, userKey, scope), null);
    }

    static HttpResponse<String> exchange(LocalLogtoHarness harness, String code, Map<String, String> extra) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", LocalLogtoHarness.REDIRECT_URI));
        form.putAll(extra);
        return harness.token(form);
    }

    static HttpResponse<String> refresh(LocalLogtoHarness harness, Object refreshToken, Map<String, String> extra) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("grant_type", "refresh_token",
                "refresh_token", (String) refreshToken));
        form.putAll(extra);
        return harness.token(form);
    }
}
