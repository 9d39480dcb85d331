package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityHeadersIT extends BookstoreIT {

    private final Browserless browser = new Browserless();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/no-such-page", "/callback", "/api/books", "/sign-in"})
    void everyAnswerCarriesTheSecurityHeaders(String path) {
        HttpResponse<String> response = browser.get(ItSettings.url(path));
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        for (String directive : List.of("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")) {
            assertTrue(policy.contains(directive), path + ": " + policy);
        }
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain http");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BOOKSTORE_SESSION", "BOOKSTORE_SSO"})
    void theSessionAndSignInCookiesAreHttpOnlyAndSameSiteLax(String cookie) {
        SignInRoundTrip.start(browser, "/sign-in");
        HttpResponse<String> callback = SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        List<String> cookies = callback.headers().allValues("Set-Cookie");
        String header = cookies.stream().filter(value -> value.startsWith(cookie + "=")).findFirst()
                .orElseThrow(() -> new AssertionError(cookie + " not set at sign-in: " + cookies));
        assertTrue(header.contains("HttpOnly"), header);
        assertTrue(header.contains("SameSite=Lax"), header);
    }
}
