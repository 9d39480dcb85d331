package dev.bookstore.web.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SameOriginTest {

    private final SameOrigin site = SameOrigin.of(URI.create("https://books.example.com"));

    private static HttpServletRequest withHeaders(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(SameOriginTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) ->
                        method.getName().equals("getHeader") ? headers.get((String) args[0]) : null);
    }

    @Test
    void acceptsThisSitesOwnForms() {
        assertTrue(site.accepts(withHeaders(Map.of("Origin", "https://books.example.com"))));
        assertTrue(site.accepts(withHeaders(Map.of("Sec-Fetch-Site", "same-origin"))));
        assertTrue(site.accepts(withHeaders(Map.of("Referer", "https://books.example.com/profile"))));
    }

    @Test
    void refusesOtherSites() {
        assertFalse(site.accepts(withHeaders(Map.of("Origin", "https://evil.example"))));
        assertFalse(site.accepts(withHeaders(Map.of("Origin", "null"))));
        assertFalse(site.accepts(withHeaders(Map.of("Origin", "https://books.example.com.evil.example"))));
        assertFalse(site.accepts(withHeaders(Map.of("Sec-Fetch-Site", "cross-site"))));
        assertFalse(site.accepts(withHeaders(Map.of("Referer", "https://books.example.com.evil.example/"))));
    }

    @Test
    void requestsWithoutBrowserHeadersCannotCarryAUsersCookiesAndPass() {
        assertTrue(site.accepts(withHeaders(Map.of())));
    }
}
