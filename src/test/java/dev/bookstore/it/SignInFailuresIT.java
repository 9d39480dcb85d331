package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInFailuresIT extends BookstoreIT {

    private final Browserless browser = new Browserless();

    /** A friendly page: the given status, a title, a request id, and nothing of the server's insides. */
    private static void assertFriendlyPage(HttpResponse<String> page, int status, String title) {
        assertEquals(status, page.statusCode(), page::body);
        assertTrue(page.body().contains(title), page::body);
        assertTrue(page.body().contains("id=\"request-id\""), page::body);
        assertFalse(page.body().matches("(?s).*(Exception|\\tat |\\bat [a-z]+\\.[a-z]+\\.).*"), page::body);
    }

    private void assertSignedOut() {
        assertTrue(SignInRoundTrip.home(browser).body().contains("Not signed in"));
    }

    @Test
    void cancellingAtLogtoOrKakaoShowsACancelledPage() {
        HttpResponse<String> toLogto = SignInRoundTrip.start(browser, "/sign-in/kakao");
        HttpResponse<String> back = SignInRoundTrip.answerAtLogto(browser, toLogto, null);
        assertEquals("access_denied", Browserless.query(Browserless.location(back)).get("error"));
        assertFriendlyPage(browser.follow(back), 401, "Sign-in was cancelled");
        assertSignedOut();
    }

    @Test
    void aTamperedStateIsRefusedAndDoesNotSpoilTheRealSignIn() {
        HttpResponse<String> back = SignInRoundTrip.answerAtLogto(browser, SignInRoundTrip.start(browser, "/sign-in"), "reader");
        Map<String, String> parameters = Browserless.query(Browserless.location(back));
        assertFriendlyPage(browser.get(ItSettings.url("/callback?code=" + parameters.get("code") + "&state=forged")),
                400, "Sign-in failed");
        assertSignedOut();

        assertEquals(302, browser.follow(back).statusCode());
        assertTrue(SignInRoundTrip.home(browser).body().contains("Jane Reader"));
    }

    @Test
    void aMissingStateIsRefused() {
        HttpResponse<String> back = SignInRoundTrip.answerAtLogto(browser, SignInRoundTrip.start(browser, "/sign-in"), "reader");
        String code = Browserless.query(Browserless.location(back)).get("code");
        assertFriendlyPage(browser.get(ItSettings.url("/callback?code=" + code)), 400, "Sign-in failed");
        assertSignedOut();
    }

    @Test
    void aReplayedCallbackInAnotherBrowserSignsNobodyIn() {
        HttpResponse<String> back = SignInRoundTrip.answerAtLogto(browser, SignInRoundTrip.start(browser, "/sign-in"), "reader");
        URI callback = Browserless.location(back);
        assertEquals(302, browser.get(callback.toString()).statusCode());

        Browserless attacker = new Browserless();
        assertFriendlyPage(attacker.get(callback.toString()), 400, "Sign-in link no longer valid");
        assertFriendlyPage(browser.get(callback.toString()), 400, "Sign-in link no longer valid");
        assertTrue(SignInRoundTrip.home(attacker).body().contains("Not signed in"));
    }

    /**
     * A code that leaks (history, a log, a referrer) is worthless in another session: that session's sign-in sends
     * its own verifier, which is not the one the code was issued for. Logto refuses it without using the code up.
     */
    @Test
    void aCodeRedeemedWithAnotherSessionsVerifierFailsAndTheRealSignInStillWorks(LogtoDouble logto) {
        URI victims = Browserless.location(SignInRoundTrip.answerAtLogto(browser, SignInRoundTrip.start(browser, "/sign-in"), "admin"));
        Browserless attacker = new Browserless();
        URI attackersOwn = Browserless.location(SignInRoundTrip.answerAtLogto(attacker, SignInRoundTrip.start(attacker, "/sign-in"), "reader"));
        String stolenCode = Browserless.query(victims).get("code");
        String attackersState = Browserless.query(attackersOwn).get("state");
        logto.clearRecordedRequests();

        HttpResponse<String> replayed = attacker.get(ItSettings.url("/callback?code=" + stolenCode + "&state=" + attackersState));

        assertFriendlyPage(replayed, 400, "Sign-in failed");
        assertTrue(logto.requests("/oidc/token").get(0).parameter("code_verifier") != null, "the attacker's session's verifier went along");
        assertTrue(SignInRoundTrip.home(attacker).body().contains("Not signed in"));
        assertEquals(302, browser.get(victims.toString()).statusCode(), "the code was not used up");
        assertTrue(SignInRoundTrip.home(browser).body().contains("Alex Admin"));
    }

    @Test
    void aCallbackWithNoSignInInProgressIsRefused() {
        assertFriendlyPage(browser.get(ItSettings.url("/callback")), 400, "Sign-in link no longer valid");
        assertSignedOut();
    }

    @Test
    void signOutCannotBeTriggeredByALinkOrAnotherSite() {
        SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        assertEquals(405, browser.get(ItSettings.url("/sign-out")).statusCode());
        assertEquals(403, browser.post(ItSettings.url("/sign-out"), Map.of(), "Origin", "https://evil.example").statusCode());
        assertTrue(SignInRoundTrip.home(browser).body().contains("You are signed in."));
    }

    @Test
    void unknownPagesGetAFriendlyNotFoundPage() {
        assertFriendlyPage(browser.get(ItSettings.url("/no-such-page.xhtml")), 404, "Page not found");
    }

    @Test
    void theCodeExchangeRelayPassesOnNothingButThisAppsOwnRequests(LogtoDouble logto) {
        int tokenRequests = logto.requests("/oidc/token").size();
        Browserless stranger = new Browserless();
        HttpResponse<String> withoutSecret = stranger.post(ItSettings.RELAY_URL,
                Map.of("grant_type", "authorization_code", "code", "stolen", "client_id", ItSettings.CLIENT_ID));
        HttpResponse<String> wrongSecret = stranger.post(ItSettings.RELAY_URL,
                Map.of("grant_type", "authorization_code", "code", "stolen", "client_id", ItSettings.CLIENT_ID,
                        "client_secret", "guessed"));
        HttpResponse<String> badEscape = stranger.post(ItSettings.RELAY_URL, Map.of("grant_type", "authorization_code",
                "code", "stolen"), "Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                (ItSettings.CLIENT_ID + ":%zz%").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        for (HttpResponse<String> refused : java.util.List.of(withoutSecret, wrongSecret, badEscape)) {
            assertEquals(401, refused.statusCode(), refused::body);
            assertTrue(refused.body().contains("\"error\":\"invalid_client\""), refused::body);
        }
        assertEquals(tokenRequests, logto.requests("/oidc/token").size(), "nothing reached Logto");
        assertEquals(405, stranger.get(ItSettings.RELAY_URL).statusCode());
    }

    /**
     * The relay answers only connections that arrived at its own loopback endpoint: on the public port, even from
     * loopback (a reverse proxy on this host) and whatever forwarded headers say, it is refused before the
     * credentials are looked at, the right ones included.
     */
    @Test
    void theRelayRefusesAnyoneButTheServerItselfBeforeLookingAtCredentials(LogtoDouble logto) {
        int tokenRequests = logto.requests("/oidc/token").size();
        Map<String, String> withTheAppsCredentials = Map.of("grant_type", "authorization_code", "code", "stolen",
                "client_id", ItSettings.CLIENT_ID, "client_secret", ItSettings.CLIENT_SECRET);
        for (String[] forwarded : java.util.List.of(new String[] {"X-Forwarded-For", "203.0.113.9"},
                new String[] {"X-Forwarded-For", "127.0.0.1, 10.9.9.9"}, new String[] {"X-Forwarded-For", "localhost"},
                new String[] {"Forwarded", "for=127.0.0.1"}, new String[] {"X-Real-IP", "127.0.0.1"})) {
            HttpResponse<String> fromOutside = new Browserless().post(ItSettings.url("/internal/logto-token"),
                    withTheAppsCredentials, forwarded);
            assertEquals(403, fromOutside.statusCode(), () -> String.join(": ", forwarded) + " " + fromOutside.body());
            assertTrue(fromOutside.body().contains("\"error\":\"access_denied\""), fromOutside::body);
        }
        assertEquals(tokenRequests, logto.requests("/oidc/token").size(), "nothing reached Logto");
    }
}
