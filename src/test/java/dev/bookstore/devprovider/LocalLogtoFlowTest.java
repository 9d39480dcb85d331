package dev.bookstore.devprovider;

import static dev.bookstore.devprovider.OAuthTestValues.idTokenClaims;
import static dev.bookstore.devprovider.OAuthTestValues.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A Kakao user's authorization code flow, driven over HTTP like the app and a browser would. */
class LocalLogtoFlowTest {

    @RegisterExtension
    final LocalLogtoHarness harness = new LocalLogtoHarness();

    @Test
    void codeRedirectCarriesCodeStateAndIssuer() {
        Map<String, Object> discovery = json(harness.get("/oidc/.well-known/openid-configuration"));
        assertEquals(harness.provider().issuer() + "/auth", discovery.get("authorization_endpoint"));

        LocalLogtoHarness.SignIn signIn = harness.signIn("kakao", KakaoFlow.request());
        assertTrue(signIn.code().matches("[A-Za-z0-9_-]{43,}"), "code must be long and url-safe");
        assertEquals(List.of(KakaoFlow.STATE), signIn.redirect().get("state"));
        assertEquals(List.of(harness.provider().issuer()), signIn.redirect().get("iss"));
        assertTrue(signIn.sessionCookie().startsWith("_logto_local_session="));
        assertEquals(1, harness.provider().activeSessionCount());
    }

    @Test
    void tokenResponseCarriesAnIdTokenVerifiableWithTheJwks() throws Exception {
        Map<String, Object> tokens = KakaoFlow.signIn(harness);
        assertEquals("Bearer", tokens.get("token_type"));
        assertEquals(3600L, ((Number) tokens.get("expires_in")).longValue());
        assertEquals(LocalLogtoHarness.FULL_SCOPE, tokens.get("scope"));
        assertNotNull(tokens.get("refresh_token"), "offline_access with prompt=consent");

        String jwksUri = (String) json(harness.get("/oidc/.well-known/openid-configuration")).get("jwks_uri");
        JWKSet jwks = JWKSet.parse(harness.get(URI.create(jwksUri).getPath()).body());
        SignedJWT idToken = SignedJWT.parse((String) tokens.get("id_token"));
        ECKey key = jwks.getKeyByKeyId(idToken.getHeader().getKeyID()).toECKey();
        assertEquals(JWSAlgorithm.ES384, idToken.getHeader().getAlgorithm());
        assertEquals(JOSEObjectType.JWT, idToken.getHeader().getType());
        assertTrue(idToken.verify(new ECDSAVerifier(key)), "ES384 signature must verify against the JWKS");

        JWTClaimsSet claims = idToken.getJWTClaimsSet();
        assertEquals(harness.provider().issuer(), claims.getIssuer());
        assertEquals(List.of(LocalLogtoHarness.CLIENT_ID), claims.getAudience());
        assertEquals(KakaoFlow.NONCE, claims.getStringClaim("nonce"));
        assertEquals(OAuthTestValues.atHash((String) tokens.get("access_token")), claims.getStringClaim("at_hash"));
        assertEquals(claims.getIssueTime().getTime() + 3_600_000, claims.getExpirationTime().getTime());
        assertNotNull(claims.getStringClaim("sid"));
    }

    @Test
    void idTokenHasTheKakaoUsersClaims() throws Exception {
        JWTClaimsSet claims = idTokenClaims(KakaoFlow.signIn(harness));
        assertEquals("kko7p3n9w2cd", claims.getSubject());
        assertEquals("김민지", claims.getStringClaim("name"));
        assertEquals(harness.provider().endpoint() + "/avatars/kakao.svg", claims.getStringClaim("picture"));
        assertTrue(claims.getClaims().containsKey("username"), "Logto keeps null profile claims");
        assertNull(claims.getClaim("username"));
        assertFalse(claims.getClaims().containsKey("email"), "the Kakao user shared no email");
        assertEquals(List.of(), claims.getClaim("roles"));
    }

    @Test
    void userinfoShowsTheKakaoIdentityAndNoEmail() {
        Map<String, Object> tokens = KakaoFlow.signIn(harness);
        HttpResponse<String> response = harness.get("/oidc/me",
                "Authorization", "Bearer " + tokens.get("access_token"));
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> userinfo = json(response);

        assertEquals("kko7p3n9w2cd", userinfo.get("sub"));
        assertFalse(userinfo.containsKey("email"));
        Map<?, ?> kakao = (Map<?, ?>) ((Map<?, ?>) userinfo.get("identities")).get("kakao");
        assertEquals("3141592653", kakao.get("userId"));
        Map<?, ?> details = (Map<?, ?>) kakao.get("details");
        assertEquals("3141592653", details.get("id"));
        assertEquals("김민지", details.get("name"));
        Map<?, ?> rawData = (Map<?, ?>) details.get("rawData");
        assertEquals(3141592653L, ((Number) rawData.get("id")).longValue());
        assertEquals(Map.of("nickname", "김민지"), rawData.get("properties"));
    }

    @Test
    void userinfoRejectsUnknownAccessTokens() {
        HttpResponse<String> unknown = harness.get("/oidc/me", "Authorization", "Bearer not-a-token");
        assertEquals(401, unknown.statusCode());
        assertEquals("Bearer error=\"invalid_token\"", unknown.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals(401, harness.get("/oidc/me").statusCode());
    }
}
