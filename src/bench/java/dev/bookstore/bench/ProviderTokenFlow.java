package dev.bookstore.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The floor of a sign-in: the same authorization request the app makes, answered at the provider, and its
 * code redeemed at the token endpoint the way Liberty redeems it (client_secret_post), with no app in
 * between. Only the token request is the floor; the pages before it just mint a fresh code.
 */
final class ProviderTokenFlow {

    private final BenchSettings settings;
    private final URI appsAuthorizationRequest;

    ProviderTokenFlow(BenchSettings settings, URI appsAuthorizationRequest) {
        this.settings = settings;
        this.appsAuthorizationRequest = appsAuthorizationRequest;
    }

    Sample redeemFreshCode(Browser browser) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Map<String, String> query = query(appsAuthorizationRequest);
        query.put("state", UUID.randomUUID().toString());
        query.put("nonce", UUID.randomUUID().toString());
        // PKCE as the app does it, with the floor's own key: the provider's check is part of the floor too.
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        boolean pkce = query.containsKey("code_challenge");
        if (pkce) {
            query.put("code_challenge", s256(verifier));
        }
        URI authorize = appsAuthorizationRequest.resolve(appsAuthorizationRequest.getRawPath() + "?" + encode(query));
        HttpResponse<String> consent = SignInFlow.expect(200, browser.get(authorize));
        HttpResponse<String> toCallback = SignInFlow.expect(302, browser.post(consent.uri().resolve("/oidc/auth/submit"),
                Map.of("interaction", SignInFlow.interaction(consent.body()), "user", SignInFlow.KAKAO_USER)));
        String code = query(Browser.location(toCallback)).get("code");
        long tokenStart = System.nanoTime();
        Map<String, String> exchange = new LinkedHashMap<>(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", query.get("redirect_uri"), "client_id", BenchSettings.CLIENT_ID,
                "client_secret", BenchSettings.CLIENT_SECRET));
        if (pkce) {
            exchange.put("code_verifier", verifier);
        }
        HttpResponse<String> tokens = SignInFlow.expect(200, browser.post(settings.provider("/oidc/token"), exchange));
        long end = System.nanoTime();
        if (!tokens.body().contains("\"id_token\"")) {
            throw new IllegalStateException("the token endpoint answered without an ID token");
        }
        return new Sample(end - start, end - tokenStart);
    }

    private static String s256(String verifier) {
        try {
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(java.security.MessageDigest
                    .getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2)).forEach(pair ->
                parameters.put(decode(pair[0]), pair.length > 1 ? decode(pair[1]) : ""));
        return parameters;
    }

    private static String encode(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
