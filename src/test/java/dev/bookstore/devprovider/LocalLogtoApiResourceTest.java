package dev.bookstore.devprovider;

import static dev.bookstore.devprovider.OAuthTestValues.json;
import static dev.bookstore.devprovider.ResourceFlow.API;
import static dev.bookstore.devprovider.ResourceFlow.BOOK_SCOPES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** JWT access tokens for the API resource (RFC 8707), with the scopes the user's roles grant. */
class LocalLogtoApiResourceTest {

    @RegisterExtension
    final LocalLogtoHarness harness = new LocalLogtoHarness();

    @Test
    void theCodeExchangeForTheResourceGivesTheAdminAJwtWithBothScopes() throws Exception {
        String code = ResourceFlow.code(harness, "admin", BOOK_SCOPES);
        HttpResponse<String> response = ResourceFlow.exchange(harness, code, Map.of("resource", API));
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> tokens = json(response);
        assertEquals("read:books write:books", tokens.get("scope"));
        assertEquals(3600L, ((Number) tokens.get("expires_in")).longValue());
        assertNotNull(tokens.get("id_token"));
        assertNotNull(tokens.get("refresh_token"));

        JWTClaimsSet claims = AccessTokenJwts.verified(harness, tokens.get("access_token"), API);
        assertEquals("adm2k5r8t1ef", claims.getSubject());
        assertEquals("read:books write:books", claims.getStringClaim("scope"));
        assertEquals(401, harness.userinfo(tokens.get("access_token")).statusCode(), "not a userinfo token");
    }

    @Test
    void withoutResourceTheCodeExchangeStaysOpaqueWithTheOpenIdScopes() {
        Map<String, Object> tokens = ResourceFlow.signIn(harness, "reader", BOOK_SCOPES);
        assertEquals("openid offline_access", tokens.get("scope"));
        assertFalse(((String) tokens.get("access_token")).contains("."));
        assertEquals(200, harness.userinfo(tokens.get("access_token")).statusCode());
    }

    @Test
    void aRefreshForTheResourceGivesTheReaderReadBooksAndRotates() throws Exception {
        Object refreshToken = ResourceFlow.signIn(harness, "reader", BOOK_SCOPES).get("refresh_token");
        HttpResponse<String> response = ResourceFlow.refresh(harness, refreshToken, Map.of("resource", API));
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> tokens = json(response);
        assertEquals("read:books", tokens.get("scope"));
        JWTClaimsSet claims = AccessTokenJwts.verified(harness, tokens.get("access_token"), API);
        assertEquals("rdr4x8q2m1ab", claims.getSubject());
        assertEquals("read:books", claims.getStringClaim("scope"));

        assertNotEquals(refreshToken, tokens.get("refresh_token"));
        assertEquals("invalid_grant", json(ResourceFlow.refresh(harness, refreshToken, Map.of("resource", API)))
                .get("error"));
        assertEquals(200, ResourceFlow.refresh(harness, tokens.get("refresh_token"), Map.of()).statusCode());
    }

    @Test
    void aScopeParameterNarrowsTheRefreshedToken() throws Exception {
        Object refreshToken = ResourceFlow.signIn(harness, "admin", BOOK_SCOPES).get("refresh_token");
        Map<String, Object> tokens = json(ResourceFlow.refresh(harness, refreshToken,
                Map.of("resource", API, "scope", "read:books")));
        assertEquals("read:books", AccessTokenJwts.verified(harness, tokens.get("access_token"), API)
                .getStringClaim("scope"));
    }

    @Test
    void aUserWithNoneOfTheAskedScopesGetsATokenWithoutScope() throws Exception {
        Object refreshToken = ResourceFlow.signIn(harness, "reader", BOOK_SCOPES).get("refresh_token");
        HttpResponse<String> refreshed = ResourceFlow.refresh(harness, refreshToken,
                Map.of("resource", API, "scope", "write:books"));
        assertEquals(200, refreshed.statusCode(), refreshed.body());
        assertNoScope(json(refreshed));

        String code = ResourceFlow.code(harness, "reader", "openid write:books");
        assertNoScope(json(ResourceFlow.exchange(harness, code, Map.of("resource", API))));
    }

    private void assertNoScope(Map<String, Object> tokens) throws Exception {
        assertFalse(tokens.containsKey("scope"), "no scope field in " + tokens.keySet());
        JWTClaimsSet claims = AccessTokenJwts.verified(harness, tokens.get("access_token"), API);
        assertFalse(claims.getClaims().containsKey("scope"), "Logto leaves the claim out");
    }
}
