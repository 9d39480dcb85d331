package dev.bookstore.devprovider;

import static dev.bookstore.devprovider.OAuthTestValues.idTokenClaims;
import static dev.bookstore.devprovider.OAuthTestValues.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Refresh rotation, code replay and the checks of a code exchange. */
class LocalLogtoTokenLifecycleTest {

    @RegisterExtension
    final LocalLogtoHarness harness = new LocalLogtoHarness();

    private HttpResponse<String> exchange(String code, String redirectUri, String verifier) {
        return harness.token(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirectUri, "code_verifier", verifier));
    }

    @Test
    void refreshRotatesTheRefreshToken() throws Exception {
        Map<String, Object> first = KakaoFlow.signIn(harness);
        String oldRefresh = (String) first.get("refresh_token");
        Map<String, String> refresh = Map.of("grant_type", "refresh_token", "refresh_token", oldRefresh);

        HttpResponse<String> rotated = harness.token(refresh);
        assertEquals(200, rotated.statusCode(), rotated.body());
        Map<String, Object> second = json(rotated);
        assertNotEquals(oldRefresh, second.get("refresh_token"));
        assertNotEquals(first.get("access_token"), second.get("access_token"));
        JWTClaimsSet claims = idTokenClaims(second);
        assertEquals("kko7p3n9w2cd", claims.getSubject());
        assertNull(claims.getClaim("nonce"));

        HttpResponse<String> reused = harness.token(refresh);
        assertEquals(400, reused.statusCode());
        assertEquals("invalid_grant", json(reused).get("error"));
        assertEquals(200, harness.token(Map.of("grant_type", "refresh_token",
                "refresh_token", (String) second.get("refresh_token"))).statusCode());
    }

    @Test
    void replayedCodeIsRejectedAndRevokesWhatItIssued() {
        String code = harness.signIn("kakao", KakaoFlow.request()).code();
        Map<String, Object> tokens = harness.redeem(code, KakaoFlow.VERIFIER);

        HttpResponse<String> replay = exchange(code, LocalLogtoHarness.REDIRECT_URI, KakaoFlow.VERIFIER);
        assertEquals(400, replay.statusCode());
        assertEquals("invalid_grant", json(replay).get("error"));
        assertEquals(401, harness.get("/oidc/me", "Authorization", "Bearer " + tokens.get("access_token"))
                .statusCode());
        assertEquals(400, harness.token(Map.of("grant_type", "refresh_token",
                "refresh_token", (String) tokens.get("refresh_token"))).statusCode());
    }

    @Test
    void wrongPkceVerifierOrRedirectUriIsInvalidGrant() {
        String code = harness.signIn("kakao", KakaoFlow.request()).code();
        HttpResponse<String> wrongVerifier = exchange(code, LocalLogtoHarness.REDIRECT_URI, KakaoFlow.VERIFIER + "x");
        assertEquals("invalid_grant", json(wrongVerifier).get("error"));
        HttpResponse<String> wrongRedirect = exchange(code, "http://localhost:9080/other", KakaoFlow.VERIFIER);
        assertEquals("invalid_grant", json(wrongRedirect).get("error"));
        assertNotNull(harness.redeem(code, KakaoFlow.VERIFIER).get("access_token"),
                "a failed check does not burn the code");
    }

    @Test
    void theAccessTokenLifetimeSetterAppliesToTokensIssuedFromThenOn() throws Exception {
        Object refreshToken = ResourceFlow.signIn(harness, "admin", ResourceFlow.BOOK_SCOPES).get("refresh_token");
        harness.provider().accessTokenLifetime(Duration.ofSeconds(90));
        Map<String, Object> jwt = json(ResourceFlow.refresh(harness, refreshToken,
                Map.of("resource", ResourceFlow.API)));
        assertEquals(90L, ((Number) jwt.get("expires_in")).longValue());
        AccessTokenJwts.verified(harness, jwt.get("access_token"), ResourceFlow.API, 90);

        harness.provider().accessTokenLifetime(Duration.ZERO);
        Map<String, Object> opaque = json(ResourceFlow.refresh(harness, jwt.get("refresh_token"), Map.of()));
        assertEquals(0L, ((Number) opaque.get("expires_in")).longValue());
        assertEquals(401, harness.userinfo(opaque.get("access_token")).statusCode(), "expired at once");
    }

    @Test
    void aRevokedRefreshTokenCannotGetAResourceToken() {
        Object refreshToken = ResourceFlow.signIn(harness, "reader", ResourceFlow.BOOK_SCOPES).get("refresh_token");
        HttpResponse<String> revoked = harness.post("/oidc/token/revocation", Map.of("token", (String) refreshToken),
                "Authorization", OAuthTestValues.basic(LocalLogtoHarness.CLIENT_ID, LocalLogtoHarness.CLIENT_SECRET));
        assertEquals(200, revoked.statusCode());
        HttpResponse<String> refresh = ResourceFlow.refresh(harness, refreshToken,
                Map.of("resource", ResourceFlow.API));
        assertEquals(400, refresh.statusCode());
        assertEquals("invalid_grant", json(refresh).get("error"));
    }
}
