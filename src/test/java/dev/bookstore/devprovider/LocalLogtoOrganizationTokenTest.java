package dev.bookstore.devprovider;

import static dev.bookstore.devprovider.OAuthTestValues.json;
import static dev.bookstore.devprovider.ResourceFlow.ORGANIZATION_SCOPES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Organization tokens: a refresh with {@code organization_id}, as Logto serves them. */
class LocalLogtoOrganizationTokenTest {

    @RegisterExtension
    final LocalLogtoHarness harness = new LocalLogtoHarness();

    private Object refreshTokenOf(String userKey, String scope) {
        return ResourceFlow.signIn(harness, userKey, scope).get("refresh_token");
    }

    private HttpResponse<String> organizationToken(Object refreshToken, String organizationId) {
        return ResourceFlow.refresh(harness, refreshToken, Map.of("organization_id", organizationId));
    }

    @Test
    void theAdminGetsAnEditorTokenForTheBookworms() throws Exception {
        HttpResponse<String> response = organizationToken(refreshTokenOf("admin", ORGANIZATION_SCOPES),
                "org-bookworms");
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> tokens = json(response);
        assertEquals("edit:catalog", tokens.get("scope"));
        JWTClaimsSet claims = AccessTokenJwts.verified(harness, tokens.get("access_token"),
                "urn:logto:organization:org-bookworms");
        assertEquals("adm2k5r8t1ef", claims.getSubject());
        assertEquals("edit:catalog", claims.getStringClaim("scope"));
    }

    @Test
    void aMemberWithoutOrganizationScopesGetsATokenWithoutScope() throws Exception {
        Map<String, Object> tokens = json(organizationToken(refreshTokenOf("kakao", ORGANIZATION_SCOPES),
                "org-seoul-readers"));
        assertFalse(tokens.containsKey("scope"));
        JWTClaimsSet claims = AccessTokenJwts.verified(harness, tokens.get("access_token"),
                "urn:logto:organization:org-seoul-readers");
        assertEquals("kko7p3n9w2cd", claims.getSubject());
        assertFalse(claims.getClaims().containsKey("scope"));
    }

    @Test
    void aNonMemberIsDeniedAndKeepsTheRefreshToken() {
        Object refreshToken = refreshTokenOf("reader", ORGANIZATION_SCOPES);
        HttpResponse<String> denied = organizationToken(refreshToken, "org-bookworms");
        assertEquals(403, denied.statusCode());
        assertEquals("access_denied", json(denied).get("error"));
        assertEquals(403, organizationToken(refreshTokenOf("admin", ORGANIZATION_SCOPES), "org-seoul-readers")
                .statusCode());
        assertEquals(200, ResourceFlow.refresh(harness, refreshToken, Map.of()).statusCode());
    }

    @Test
    void withoutTheOrganizationsScopeAtSignInTheScopeIsInsufficient() {
        HttpResponse<String> response = organizationToken(refreshTokenOf("admin", "openid offline_access"),
                "org-bookworms");
        assertEquals(403, response.statusCode());
        assertEquals("insufficient_scope", json(response).get("error"));
    }

    @Test
    void anOrganizationTogetherWithAResourceIsInvalidTarget() {
        HttpResponse<String> response = ResourceFlow.refresh(harness, refreshTokenOf("admin", ORGANIZATION_SCOPES),
                Map.of("organization_id", "org-bookworms", "resource", ResourceFlow.API));
        assertEquals(400, response.statusCode());
        assertEquals("invalid_target", json(response).get("error"));
    }
}
