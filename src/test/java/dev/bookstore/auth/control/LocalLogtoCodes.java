package dev.bookstore.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.auth.entity.ProofKey;
import dev.bookstore.devprovider.LogtoDouble;
import dev.bookstore.logto.control.HttpCalls;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Authorization codes from the local Logto, as a browser gets them: the app's authorization request (PKCE S256, a
 * nonce, consent for a refresh token), a demo user chosen on Logto's page, and the code of the redirect back.
 */
final class LocalLogtoCodes {

    private static final Pattern INTERACTION = Pattern.compile("name=\"interaction\" value=\"([^\"]+)\"");
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private LocalLogtoCodes() {
    }

    /** The code Logto gives {@code user} (a demo user's key) for a sign-in with this proof key and nonce. */
    static String code(LogtoDouble logto, String clientId, String redirectUri, String user, ProofKey proofKey, String nonce) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("client_id", clientId);
        request.put("redirect_uri", redirectUri);
        request.put("response_type", "code");
        request.put("scope", "openid offline_access profile email roles");
        request.put("state", "state-of-" + user);
        request.put("nonce", nonce);
        request.put("prompt", "consent");
        request.put("code_challenge", proofKey.challenge());
        request.put("code_challenge_method", "S256");
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(logto.endpoint() + "/oidc/auth?" + form(request))).GET());
        assertEquals(200, page.statusCode(), page.body());
        Matcher interaction = INTERACTION.matcher(page.body());
        assertTrue(interaction.find(), "no interaction on Logto's sign-in page");
        HttpResponse<String> back = send(HttpCalls.formPost(URI.create(logto.endpoint() + "/oidc/auth/submit"),
                List.of(Map.entry("interaction", interaction.group(1)), Map.entry("user", user))));
        assertEquals(302, back.statusCode(), back.body());
        return parameters(URI.create(back.headers().firstValue("Location").orElseThrow()).getRawQuery()).get("code");
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> HttpCalls.formEncode(field.getKey()) + "=" + HttpCalls.formEncode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            parameters.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                    nameAndValue.length == 2 ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return BROWSER.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new AssertionError("the local Logto did not answer", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", interrupted);
        }
    }
}
