package dev.bookstore.devprovider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Encodings and parsing an OAuth client does, written independently of the provider's own code. */
final class OAuthTestValues {

    private static final Pattern INTERACTION = Pattern.compile("name=\"interaction\" value=\"([^\"]+)\"");

    private OAuthTestValues() {
    }

    static String basic(String id, String secret) {
        String pair = UrlEncoding.encode(id) + ":" + UrlEncoding.encode(secret);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    static String query(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? "" : "&")
                .append(UrlEncoding.encode(name)).append('=').append(UrlEncoding.encode(value)));
        return query.toString();
    }

    static Map<String, List<String>> locationParameters(HttpResponse<String> redirect) {
        assertEquals(302, redirect.statusCode(), redirect.body());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        UrlEncoding.parseInto(URI.create(location).getRawQuery(), parameters);
        return parameters;
    }

    static Map<String, Object> json(HttpResponse<String> response) {
        try {
            return JSONObjectUtils.parse(response.body());
        } catch (ParseException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** A JSON object sent as UTF-8, as RFC 8259 requires, whatever charset the response claims. */
    static Map<String, Object> utf8Json(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        try {
            return JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    static JWTClaimsSet idTokenClaims(Map<String, Object> tokens) throws ParseException {
        return SignedJWT.parse((String) tokens.get("id_token")).getJWTClaimsSet();
    }

    static String interactionId(String html) {
        Matcher matcher = INTERACTION.matcher(html);
        assertTrue(matcher.find(), "no interaction id in the page");
        return matcher.group(1);
    }

    static String s256(String verifier) {
        return Base64URL.encode(digest("SHA-256", verifier)).toString();
    }

    /** OIDC Core 3.1.3.6 for ES384: left half of SHA-384. */
    static String atHash(String accessToken) {
        return Base64URL.encode(Arrays.copyOf(digest("SHA-384", accessToken), 24)).toString();
    }

    private static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
