package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import dev.bookstore.devprovider.RecordedRequest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInFlowIT extends BookstoreIT {

    private final Browserless browser = new Browserless();

    @Test
    void signedOutHomeOffersSignInSignUpAndKakao() {
        String page = SignInRoundTrip.home(browser).body();
        assertTrue(page.contains("Not signed in"), page);
        assertTrue(page.contains("id=\"sign-in\"") && page.contains("id=\"sign-up\"") && page.contains("id=\"sign-in-kakao\""), page);
        assertTrue(page.contains("Continue with Kakao"), page);
    }

    @Test
    void signInAsksLogtoForConsentRefreshTokenRolesAndIdentities(LogtoDouble logto) {
        Map<String, String> authorization = Browserless.query(Browserless.location(SignInRoundTrip.start(browser, "/sign-in")));
        assertEquals(ItSettings.CLIENT_ID, authorization.get("client_id"));
        assertEquals("code", authorization.get("response_type"));
        assertEquals(ItSettings.url("/callback"), authorization.get("redirect_uri"));
        assertEquals("consent", authorization.get("prompt"));
        assertTrue(List.of(authorization.get("scope").split(" ")).containsAll(
                List.of("openid", "offline_access", "profile", "email", "roles", "identities")), authorization.get("scope"));
        assertNotNull(authorization.get("state"));
        assertNotNull(authorization.get("nonce"));
        assertFalse(authorization.containsKey("first_screen") || authorization.containsKey("direct_sign_in"));
    }

    @Test
    void roundTripLandsOnACleanHomePageSignedInWithANewSessionId(LogtoDouble logto) {
        SignInRoundTrip.home(browser);
        HttpResponse<String> toLogto = SignInRoundTrip.start(browser, "/sign-in");
        String sessionBefore = browser.cookie("BOOKSTORE_SESSION").orElseThrow();
        HttpResponse<String> callback = browser.follow(SignInRoundTrip.answerAtLogto(browser, toLogto, "reader"));

        assertEquals(302, callback.statusCode(), callback::body);
        assertEquals(URI.create(ItSettings.url("/")), Browserless.location(callback), "code and state must leave the address bar");
        assertNotEquals(sessionBefore, browser.cookie("BOOKSTORE_SESSION").orElseThrow(), "session id must change at sign-in");

        String home = SignInRoundTrip.home(browser).body();
        assertTrue(home.contains("Jane Reader") && home.contains("You are signed in."), home);
        assertTrue(home.contains(logto.endpoint() + "/avatars/reader.svg"), home);
        assertTrue(home.contains("id=\"sign-out\""), home);
    }

    @Test
    void aReaderWhoChoseKoreanGetsLogtosScreensInKorean(LogtoDouble logto) {
        logto.clearRecordedRequests();
        Browserless korean = new Browserless();
        assertEquals(302, korean.get(ItSettings.url("/language?lang=ko&returnTo=%2F")).statusCode());
        for (String route : List.of("/sign-in", "/sign-up", "/sign-in/kakao")) {
            HttpResponse<String> screen = korean.follow(korean.get(ItSettings.url(route)));
            assertTrue(screen.body().contains("<html lang=\"ko\">"), route + ": " + screen.body());
        }
        for (RecordedRequest authorize : logto.requests("/oidc/auth")) {
            assertEquals("ko", authorize.parameter("ui_locales"));
            assertTrue(authorize.parameter("nonce").matches("[A-Za-z0-9_-]{43}"), "the app's own nonce");
        }
        assertEquals(3, logto.requests("/oidc/auth").size());
    }

    @Test
    void everySignInSendsAnS256ChallengeAndRedeemsTheCodeWithItsVerifier(LogtoDouble logto) {
        logto.clearRecordedRequests();
        SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        RecordedRequest authorize = logto.requests("/oidc/auth").get(0);
        assertEquals("S256", authorize.parameter("code_challenge_method"));
        String challenge = authorize.parameter("code_challenge");
        assertTrue(challenge != null && challenge.matches("[A-Za-z0-9_-]{43}"), challenge);
        String verifier = logto.requests("/oidc/token").get(0).parameter("code_verifier");
        assertTrue(verifier != null && verifier.matches("[A-Za-z0-9_-]{43}"), verifier);
        assertEquals(challenge, s256(verifier), "the verifier is the challenge's");
        assertTrue(SignInRoundTrip.home(browser).body().contains("Jane Reader"));

        Browserless another = new Browserless();
        SignInRoundTrip.signIn(another, "/sign-in", "kakao");
        assertNotEquals(challenge, logto.requests("/oidc/auth").get(1).parameter("code_challenge"), "one key per sign-in");
    }

    @Test
    void theCodeIsExchangedWithTheAppsOwnClientCredentials(LogtoDouble logto) {
        logto.clearRecordedRequests();
        SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        List<RecordedRequest> tokenRequests = logto.requests("/oidc/token");
        assertEquals(1, tokenRequests.size());
        assertEquals("authorization_code", tokenRequests.get(0).parameter("grant_type"));
        assertEquals(ItSettings.url("/callback"), tokenRequests.get(0).parameter("redirect_uri"));
    }

    @Test
    void signUpOpensLogtoOnTheRegisterScreen() {
        HttpResponse<String> toLogto = SignInRoundTrip.start(browser, "/sign-up");
        assertEquals("register", Browserless.query(Browserless.location(toLogto)).get("first_screen"));
        assertTrue(browser.follow(toLogto).body().contains("id=\"register-screen\""));
    }

    @Test
    void kakaoGoesStraightToKakaoAndShowsTheKoreanName() {
        HttpResponse<String> toLogto = SignInRoundTrip.start(browser, "/sign-in/kakao");
        assertEquals("social:kakao", Browserless.query(Browserless.location(toLogto)).get("direct_sign_in"));
        assertEquals(302, browser.follow(SignInRoundTrip.answerAtLogto(browser, toLogto, "kakao")).statusCode());
        String home = SignInRoundTrip.home(browser).body();
        assertTrue(home.contains("김민지"), home);
    }

    @Test
    void returnToBringsTheUserBackToThePageTheyCameFrom() {
        HttpResponse<String> callback = SignInRoundTrip.signIn(browser, "/sign-in?returnTo=%2Findex.xhtml%3Fshelf%3D1", "reader");
        assertEquals(URI.create(ItSettings.url("/index.xhtml?shelf=1")), Browserless.location(callback));
    }

    @Test
    void returnToAnotherSiteIsIgnored() {
        HttpResponse<String> callback = SignInRoundTrip.signIn(browser, "/sign-in?returnTo=%2F%2Fevil.example%2F", "reader");
        assertEquals(URI.create(ItSettings.url("/")), Browserless.location(callback));
    }

    @Test
    void signOutEndsTheLocalSessionAndLogtosSession(LogtoDouble logto) {
        SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        int logtoSessions = logto.activeSessionCount();

        HttpResponse<String> toLogto = browser.post(ItSettings.url("/sign-out"), Map.of(), "Origin", ItSettings.BASE_URL.toString());
        assertEquals(302, toLogto.statusCode(), toLogto::body);
        URI endSession = Browserless.location(toLogto);
        assertEquals(logto.endpoint() + "/oidc/session/end", endSession.resolve(endSession.getPath()).toString());
        Map<String, String> parameters = Browserless.query(endSession);
        assertEquals(ItSettings.CLIENT_ID, parameters.get("client_id"));
        assertEquals(ItSettings.url("/"), parameters.get("post_logout_redirect_uri"));

        HttpResponse<String> backHome = browser.follow(toLogto);
        assertEquals(URI.create(ItSettings.url("/")), Browserless.location(backHome));
        assertEquals(logtoSessions - 1, logto.activeSessionCount());
        assertTrue(SignInRoundTrip.home(browser).body().contains("Not signed in"));
    }

    /** RFC 7636 4.2: BASE64URL(SHA-256(ASCII(verifier))). */
    private static String s256(String verifier) {
        try {
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(java.security.MessageDigest
                    .getInstance("SHA-256").digest(verifier.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
