package dev.bookstore.devprovider;

import static dev.bookstore.devprovider.OAuthTestValues.json;
import static dev.bookstore.devprovider.OAuthTestValues.locationParameters;
import static dev.bookstore.devprovider.ResourceFlow.API;
import static dev.bookstore.devprovider.ResourceFlow.BOOK_SCOPES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Resource indicators Logto refuses, and how the indicator is configured and recorded. */
class LocalLogtoResourceErrorsTest {

    @RegisterExtension
    final LocalLogtoHarness harness = new LocalLogtoHarness();

    @Test
    void anUnknownResourceAtTheAuthorizationEndpointIsInvalidTarget() {
        Map<String, List<String>> redirect = locationParameters(harness.authorize(Map.of("scope", "openid",
                "resource", "https://other.example", "state", "s-target")));
        assertEquals(List.of("invalid_target"), redirect.get("error"));
        assertEquals(List.of("s-target"), redirect.get("state"));

        String repeated = "/oidc/auth?" + OAuthTestValues.query(Map.of("client_id", LocalLogtoHarness.CLIENT_ID,
                "redirect_uri", LocalLogtoHarness.REDIRECT_URI, "response_type", "code", "scope", "openid",
                "resource", API)) + "&resource=" + UrlEncoding.encode("https://other.example");
        assertEquals(List.of("invalid_target"), locationParameters(harness.get(repeated)).get("error"));
    }

    @Test
    void aResourceNotAskedForAtSignInIsInvalidTargetAndBurnsNothing() {
        String code = harness.signIn("admin", Map.of("scope", BOOK_SCOPES, "prompt", "consent")).code();
        HttpResponse<String> exchange = ResourceFlow.exchange(harness, code, Map.of("resource", API));
        assertEquals(400, exchange.statusCode());
        assertEquals("invalid_target", json(exchange).get("error"));

        Object refreshToken = harness.redeem(code, null).get("refresh_token");
        HttpResponse<String> refresh = ResourceFlow.refresh(harness, refreshToken, Map.of("resource", API));
        assertEquals(400, refresh.statusCode());
        assertEquals("invalid_target", json(refresh).get("error"));
        assertEquals(200, ResourceFlow.refresh(harness, refreshToken, Map.of()).statusCode());
    }

    @Test
    void anotherResourceAtTheTokenEndpointIsInvalidTarget() {
        Object refreshToken = ResourceFlow.signIn(harness, "admin", BOOK_SCOPES).get("refresh_token");
        HttpResponse<String> refresh = ResourceFlow.refresh(harness, refreshToken,
                Map.of("resource", "https://other.example"));
        assertEquals(400, refresh.statusCode());
        assertEquals("invalid_target", json(refresh).get("error"));
    }

    @Test
    void theIndicatorIsConfigurableAndMustBeAnAbsoluteUri() {
        assertEquals(API, harness.provider().apiResource());
        assertEquals(harness.provider().endpoint() + "/oidc/jwks", harness.provider().jwksUri());
        LocalLogtoClient client = new LocalLogtoClient("c", "s", Set.of(), Set.of());
        try (LogtoDouble other = LogtoDouble.start("127.0.0.1", 0, client, "https://books.example/api")) {
            assertEquals("https://books.example/api", other.apiResource());
        }
        assertThrows(IllegalArgumentException.class, () -> LogtoDouble.start("127.0.0.1", 0, client, "books"));
    }

    @Test
    void resourceAndOrganizationIdAreRecorded() {
        ResourceFlow.refresh(harness, "unknown", Map.of("resource", API, "organization_id", "org-bookworms"));
        RecordedRequest token = harness.provider().requests("/oidc/token").get(0);
        assertEquals(List.of(API), token.parameters().get("resource"));
        assertEquals("org-bookworms", token.parameter("organization_id"));
    }
}
