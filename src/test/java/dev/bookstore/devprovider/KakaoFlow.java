package dev.bookstore.devprovider;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

/** The request the app sends for "sign in with Kakao": PKCE, nonce, consent for a refresh token. */
final class KakaoFlow {

    static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    static final String STATE = "st-123";
    static final String NONCE = "n-456";

    private KakaoFlow() {
    }

    static Map<String, String> request() {
        return Map.of("scope", LocalLogtoHarness.FULL_SCOPE, "state", STATE, "nonce", NONCE, "prompt", "consent",
                "code_challenge", OAuthTestValues.s256(VERIFIER), "code_challenge_method", "S256",
                "direct_sign_in", "social:kakao");
    }

    /** Shows the Kakao consent page, agrees as the Kakao user and redeems the code. */
    static Map<String, Object> signIn(LocalLogtoHarness harness) {
        HttpResponse<String> consent = harness.authorize(request());
        assertTrue(consent.body().contains("<h1 id=\"kakao-consent\">"), consent.body());
        assertTrue(consent.body().contains("id=\"kakao-agree\""));
        HttpResponse<String> redirect = harness.choose(consent, "kakao");
        String code = OAuthTestValues.locationParameters(redirect).get("code").get(0);
        return harness.redeem(code, VERIFIER);
    }
}
