package dev.bookstore.devprovider;

import static dev.bookstore.devprovider.OAuthTestValues.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Discovery, keys, pages, avatars, revocation and request recording. */
class LocalLogtoEndpointsTest {

    @RegisterExtension
    final LocalLogtoHarness harness = new LocalLogtoHarness();

    @Test
    void discoveryDescribesLogtosEndpoints() {
        HttpResponse<String> response = harness.get("/oidc/.well-known/openid-configuration");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        Map<String, Object> document = json(response);
        String issuer = harness.provider().endpoint() + "/oidc";
        assertEquals(issuer, harness.provider().issuer());
        assertEquals(issuer, document.get("issuer"));
        assertEquals(issuer + "/token", document.get("token_endpoint"));
        assertEquals(issuer + "/me", document.get("userinfo_endpoint"));
        assertEquals(issuer + "/session/end", document.get("end_session_endpoint"));
        assertEquals(List.of("ES384"), document.get("id_token_signing_alg_values_supported"));
        assertEquals(List.of("S256"), document.get("code_challenge_methods_supported"));
        assertTrue(((List<?>) document.get("scopes_supported")).contains("urn:logto:scope:organizations"));
    }

    @Test
    void jwksPublishesOnePublicP384Key() throws Exception {
        JWKSet jwks = JWKSet.parse(harness.get("/oidc/jwks").body());
        assertEquals(1, jwks.getKeys().size());
        ECKey key = jwks.getKeys().get(0).toECKey();
        assertEquals(Curve.P_384, key.getCurve());
        assertEquals("ES384", key.getAlgorithm().getName());
        assertEquals("sig", key.getKeyUse().identifier());
        assertEquals(key.computeThumbprint().toString(), key.getKeyID());
        assertFalse(key.isPrivate());
    }

    @Test
    void itsScreensFollowUiLocalesAsLogtosDo() {
        HttpResponse<String> korean = harness.authorize(Map.of("scope", "openid", "ui_locales", "ko-KR en"));
        assertTrue(korean.body().contains("<html lang=\"ko\">"), korean.body());
        assertTrue(korean.body().contains("<h1 id=\"sign-in-screen\">Bookstore에 로그인</h1>"), korean.body());
        HttpResponse<String> french = harness.authorize(Map.of("scope", "openid", "ui_locales", "de fr-CA",
                "first_screen", "register"));
        assertTrue(french.body().contains("<h1 id=\"register-screen\">Créer votre compte</h1>"), french.body());
        assertTrue(french.body().contains(">Annuler</button>"), french.body());
        HttpResponse<String> kakao = harness.authorize(Map.of("scope", "openid", "ui_locales", "fr",
                "direct_sign_in", "social:kakao"));
        assertTrue(kakao.body().contains("Accepter et continuer"), kakao.body());
        HttpResponse<String> unknown = harness.authorize(Map.of("scope", "openid", "ui_locales", "de"));
        assertTrue(unknown.body().contains("<h1 id=\"sign-in-screen\">Sign in to Bookstore</h1>"), unknown.body());
    }

    @Test
    void signInAndRegisterScreensOfferEveryDemoUser() {
        HttpResponse<String> signIn = harness.authorize(Map.of("scope", "openid"));
        assertEquals("text/html; charset=utf-8", signIn.headers().firstValue("Content-Type").orElse(""));
        assertTrue(signIn.body().contains("<h1 id=\"sign-in-screen\">Sign in to Bookstore</h1>"));
        HttpResponse<String> register = harness.authorize(Map.of("scope", "openid", "first_screen", "register"));
        assertTrue(register.body().contains("<h1 id=\"register-screen\">Create your account</h1>"));
        assertTrue(register.body().contains("Create account as Jane Reader"));
        for (String key : List.of("reader", "kakao", "admin")) {
            assertTrue(signIn.body().contains("id=\"sign-in-as-" + key + "\""), key);
            assertTrue(register.body().contains("id=\"sign-in-as-" + key + "\""), key);
        }
        assertTrue(signIn.body().contains("id=\"cancel\""));
        assertFalse(signIn.body().contains("<script"));
    }

    @Test
    void adminHasRolesAndVerifiedEmail() throws Exception {
        String code = harness.signIn("admin", Map.of("scope", "openid email roles")).code();
        String accessToken = (String) harness.redeem(code, null).get("access_token");
        Map<String, Object> userinfo = json(harness.get("/oidc/me", "Authorization", "Bearer " + accessToken));
        assertEquals("adm2k5r8t1ef", userinfo.get("sub"));
        assertEquals("admin@example.com", userinfo.get("email"));
        assertEquals(true, userinfo.get("email_verified"));
        assertEquals(List.of("admin"), userinfo.get("roles"));
        assertFalse(userinfo.containsKey("name"), "profile was not requested");
    }

    @Test
    void revokedRefreshTokenStopsWorking() {
        Map<String, String> request = Map.of("scope", "openid offline_access", "prompt", "consent");
        String refreshToken = (String) harness.redeem(harness.signIn("reader", request).code(), null)
                .get("refresh_token");
        HttpResponse<String> unauthenticated = harness.post("/oidc/token/revocation", Map.of("token", refreshToken));
        assertEquals(401, unauthenticated.statusCode());
        HttpResponse<String> revoked = harness.post("/oidc/token/revocation", Map.of("token", refreshToken,
                "token_type_hint", "refresh_token"), "Authorization",
                OAuthTestValues.basic(LocalLogtoHarness.CLIENT_ID, LocalLogtoHarness.CLIENT_SECRET));
        assertEquals(200, revoked.statusCode());
        assertEquals("invalid_grant", json(harness.token(Map.of("grant_type", "refresh_token",
                "refresh_token", refreshToken))).get("error"));
    }

    @Test
    void avatarsAndUnknownPaths() {
        HttpResponse<String> avatar = harness.get("/avatars/reader.svg");
        assertEquals("image/svg+xml", avatar.headers().firstValue("Content-Type").orElse(""));
        assertTrue(avatar.body().contains("JR"));
        assertEquals(404, harness.get("/avatars/nobody.svg").statusCode());
        HttpResponse<String> unknown = harness.get("/nothing/here");
        assertEquals(404, unknown.statusCode());
        assertEquals("not_found", json(unknown).get("error"));
    }

    @Test
    void requestsAreRecordedWithMergedParametersAndLowerCaseHeaders() {
        harness.authorize(Map.of("scope", "openid", "state", "abc"));
        harness.post("/oidc/token?from=query", Map.of("grant_type", "refresh_token", "refresh_token", "x"),
                "X-Custom-Header", "yes");
        assertEquals(2, harness.provider().requests().size());
        RecordedRequest auth = harness.provider().requests("/oidc/auth").get(0);
        assertEquals("GET", auth.method());
        assertEquals("abc", auth.parameter("state"));
        RecordedRequest token = harness.provider().requests("/oidc/token").get(0);
        assertEquals("query", token.parameter("from"));
        assertEquals("refresh_token", token.parameter("grant_type"));
        assertEquals(List.of("yes"), token.headers().get("x-custom-header"));
        harness.provider().clearRecordedRequests();
        assertTrue(harness.provider().requests().isEmpty());
    }
}
