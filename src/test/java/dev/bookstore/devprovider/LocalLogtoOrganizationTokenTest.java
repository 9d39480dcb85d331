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
    void theOrganizerGetsATokenWithTheClubsPermission() throws Exception {
        HttpResponse<String> response = organizationToken(refreshTokenOf("admin", ORGANIZATION_SCOPES),
                "org-bookworms");
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> tokens = json(response);
        assertEquals("manage:club-shelf", tokens.get("scope"));
        JWTClaimsSet claims = AccessTokenJwts.verified(harness, tokens.get("access_token"),
                "urn:logto:organization:org-bookworms");
        assertEquals("adm2k5r8t1ef", claims.getSubject());
        assertEquals("manage:club-shelf", claims.getStringClaim("scope"));
    }

    @Test
    void aPlainMemberGetsATokenWithAnEmptyScope() throws Exception {
        Map<String, Object> tokens = json(organizationToken(refreshTokenOf("kakao", ORGANIZATION_SCOPES),
                "org-bookworms"));
        assertEquals("", tokens.get("scope"));
        JWTClaimsSet claims = AccessTokenJwts.verified(harness, tokens.get("access_token"),
                "urn:logto:organization:org-bookworms");
        assertEquals("kko7p3n9w2cd", claims.getSubject());
        assertEquals("", claims.getStringClaim("scope"));
    }

    @Test
    void aPermissionTheSignInDidNotAskForIsNotGranted() {
        Map<String, Object> tokens = json(organizationToken(
                refreshTokenOf("kakao", "openid offline_access urn:logto:scope:organizations"), "org-seoul-readers"));
        assertEquals("", tokens.get("scope"));
    }

    @Test
    void aMemberRemovedFromTheClubGetsNoFurtherToken() {
        HttpResponse<String> before = organizationToken(refreshTokenOf("kakao", ORGANIZATION_SCOPES), "org-seoul-readers");
        assertEquals(200, before.statusCode());
        Object refreshToken = json(before).get("refresh_token");
        harness.provider().console().removeMember("kakao", "org-seoul-readers");
        HttpResponse<String> denied = organizationToken(refreshToken, "org-seoul-readers");
        assertEquals(403, denied.statusCode());
        assertEquals("access_denied", json(denied).get("error"));
    }

    @Test
    void anOrganizerStrippedOfTheRoleGetsATokenWithoutThePermission() {
        Object refreshToken = refreshTokenOf("kakao", ORGANIZATION_SCOPES);
        harness.provider().console().removeOrganizationRole("kakao", "org-seoul-readers", "organizer");
        assertEquals("", json(organizationToken(refreshToken, "org-seoul-readers")).get("scope"));
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
    void anOrganizationTogetherWithAResourceIsTheResourcesTokenScopedToTheOrganization() throws Exception {
        HttpResponse<String> response = ResourceFlow.refresh(harness, refreshTokenOf("admin", ORGANIZATION_SCOPES),
                Map.of("organization_id", "org-bookworms", "resource", ResourceFlow.API));
        assertEquals(200, response.statusCode(), response.body());
        JWTClaimsSet claims = AccessTokenJwts.verified(harness, json(response).get("access_token"), ResourceFlow.API);
        assertEquals("org-bookworms", claims.getStringClaim("organization_id"));
        assertEquals(403, ResourceFlow.refresh(harness, refreshTokenOf("reader", ORGANIZATION_SCOPES),
                Map.of("organization_id", "org-bookworms", "resource", ResourceFlow.API)).statusCode(), "members only");
    }
}
