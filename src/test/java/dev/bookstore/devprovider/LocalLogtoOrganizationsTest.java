package dev.bookstore.devprovider;

import static dev.bookstore.devprovider.OAuthTestValues.idTokenClaims;
import static dev.bookstore.devprovider.OAuthTestValues.utf8Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Logto's organization claims, released only with the urn:logto:scope:organization* scopes. */
class LocalLogtoOrganizationsTest {

    private static final String ORGANIZATION_SCOPES =
            "openid profile urn:logto:scope:organizations urn:logto:scope:organization_roles";

    @RegisterExtension
    final LocalLogtoHarness harness = new LocalLogtoHarness();

    @Test
    void organizationScopesAreGrantedAndPutTheAdminsMembershipInTheIdToken() throws Exception {
        Map<String, Object> tokens = harness.tokensFor("admin", ORGANIZATION_SCOPES);
        assertEquals(ORGANIZATION_SCOPES, tokens.get("scope"));

        JWTClaimsSet claims = idTokenClaims(tokens);
        assertMemberships(claims.getClaims(), List.of("org-bookworms"), List.of("org-bookworms:organizer"));
        assertFalse(claims.getClaims().containsKey("organization_data"), "Logto serves it only at userinfo");
    }

    @Test
    void userinfoAddsTheOrganizationsDetails() {
        Map<String, Object> userinfo = userinfo(harness.tokensFor("admin", ORGANIZATION_SCOPES));
        assertMemberships(userinfo, List.of("org-bookworms"), List.of("org-bookworms:organizer"));
        assertEquals(List.of(Map.of("id", "org-bookworms", "name", "Bookworms Club",
                "description", "Monthly reading club")), userinfo.get("organization_data"));
    }

    @Test
    void theKakaoUsersKoreanOrganizationNameArrivesAsUtf8() throws Exception {
        Map<String, Object> tokens = harness.tokensFor("kakao", ORGANIZATION_SCOPES);
        JWTClaimsSet claims = idTokenClaims(tokens);
        assertEquals(List.of("org-seoul-readers:organizer", "org-bookworms:member"), claims.getClaim("organization_roles"));

        HttpResponse<byte[]> response = harness.userinfo(tokens.get("access_token"));
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        Map<String, Object> userinfo = utf8Json(response);
        assertEquals(List.of("org-seoul-readers", "org-bookworms"), userinfo.get("organizations"));
        assertEquals(Map.of("id", "org-seoul-readers", "name", "서울 독서 모임", "description", "Seoul readers"),
                ((List<?>) userinfo.get("organization_data")).get(0));
    }

    @Test
    void aUserWithoutMembershipsGetsEmptyArrays() throws Exception {
        Map<String, Object> tokens = harness.tokensFor("reader", ORGANIZATION_SCOPES);
        assertMemberships(idTokenClaims(tokens).getClaims(), List.of(), List.of());

        Map<String, Object> userinfo = userinfo(tokens);
        assertMemberships(userinfo, List.of(), List.of());
        assertEquals(List.of(), userinfo.get("organization_data"));
    }

    @Test
    void withoutTheScopesThereAreNoOrganizationClaims() throws Exception {
        Map<String, Object> tokens = harness.tokensFor("admin", "openid profile roles");
        JWTClaimsSet claims = idTokenClaims(tokens);
        Map<String, Object> userinfo = userinfo(tokens);
        for (String claim : List.of("organizations", "organization_roles", "organization_data")) {
            assertFalse(claims.getClaims().containsKey(claim), claim + " in the ID token");
            assertFalse(userinfo.containsKey(claim), claim + " at userinfo");
        }
        assertEquals(List.of("admin"), userinfo.get("roles"));
    }

    @Test
    void eachOrganizationClaimNeedsItsOwnScope() {
        Map<String, Object> userinfo = userinfo(harness.tokensFor("admin", "openid urn:logto:scope:organizations"));
        assertTrue(userinfo.containsKey("organizations"));
        assertTrue(userinfo.containsKey("organization_data"));
        assertFalse(userinfo.containsKey("organization_roles"));
    }

    private static void assertMemberships(Map<String, Object> claims, List<String> organizations,
            List<String> roles) {
        assertEquals(organizations, claims.get("organizations"));
        assertEquals(roles, claims.get("organization_roles"));
    }

    private Map<String, Object> userinfo(Map<String, Object> tokens) {
        HttpResponse<byte[]> response = harness.userinfo(tokens.get("access_token"));
        assertEquals(200, response.statusCode());
        return utf8Json(response);
    }
}
