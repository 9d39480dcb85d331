package dev.bookstore.devprovider;

import static dev.bookstore.devprovider.LocalLogtoHarness.CLIENT_ID;
import static dev.bookstore.devprovider.LocalLogtoHarness.CLIENT_SECRET;
import static dev.bookstore.devprovider.LocalLogtoHarness.REDIRECT_URI;
import static dev.bookstore.devprovider.OAuthTestValues.json;
import static dev.bookstore.devprovider.OAuthTestValues.locationParameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a client sees when it, or the user, does something Logto refuses. */
class LocalLogtoClientErrorsTest {

    @RegisterExtension
    final LocalLogtoHarness harness = new LocalLogtoHarness();

    @Test
    void wrongOrMissingClientSecretIsInvalidClient() {
        Map<String, String> form = Map.of("grant_type", "authorization_code", "code", "x", "redirect_uri",
                REDIRECT_URI);
        HttpResponse<String> basic = harness.post("/oidc/token", form,
                "Authorization", OAuthTestValues.basic(CLIENT_ID, "wrong"));
        HttpResponse<String> post = harness.post("/oidc/token", Map.of("grant_type", "authorization_code",
                "client_id", CLIENT_ID, "client_secret", "wrong"));
        HttpResponse<String> none = harness.post("/oidc/token", form);
        for (HttpResponse<String> response : List.of(basic, post, none)) {
            assertEquals(401, response.statusCode());
            assertEquals("invalid_client", json(response).get("error"));
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        }
    }

    @Test
    void clientSecretPostIsAccepted() {
        String code = harness.signIn("reader", Map.of("scope", "openid")).code();
        HttpResponse<String> response = harness.post("/oidc/token", Map.of("grant_type", "authorization_code",
                "code", code, "redirect_uri", REDIRECT_URI, "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void unregisteredRedirectUriOrClientIsAnsweredAsLogtoDoesNotRedirected() {
        HttpResponse<String> badRedirect = harness.authorize(Map.of("scope", "openid",
                "redirect_uri", "http://evil.example/callback"));
        assertEquals(400, badRedirect.statusCode());
        assertTrue(badRedirect.headers().firstValue("Location").isEmpty());
        assertEquals("invalid_redirect_uri", json(badRedirect).get("error"));
        assertEquals("oidc.invalid_redirect_uri", json(badRedirect).get("code"));
        HttpResponse<String> unknownClient = harness.authorize(Map.of("scope", "openid", "client_id", "unknown"));
        assertEquals(400, unknownClient.statusCode());
        assertEquals("invalid_client", json(unknownClient).get("error"));
    }

    @Test
    void invalidAuthorizationRequestsAreSentBackToTheClient() {
        assertEquals(List.of("invalid_request"), locationParameters(harness.authorize(
                Map.of("scope", "profile", "state", "s1"))).get("error"));
        assertEquals(List.of("unsupported_response_type"), locationParameters(harness.authorize(
                Map.of("scope", "openid", "response_type", "token"))).get("error"));
        Map<String, List<String>> loginRequired = locationParameters(harness.authorize(
                Map.of("scope", "openid", "prompt", "none", "state", "s2")));
        assertEquals(List.of("login_required"), loginRequired.get("error"));
        assertEquals(List.of("s2"), loginRequired.get("state"));
        assertEquals(List.of("invalid_request"), locationParameters(harness.authorize(
                Map.of("scope", "openid", "direct_sign_in", "social:github"))).get("error"));
    }

    @Test
    void noRefreshTokenWithoutPromptConsent() {
        String code = harness.signIn("reader", Map.of("scope", "openid offline_access profile")).code();
        Map<String, Object> tokens = harness.redeem(code, null);
        assertFalse(tokens.containsKey("refresh_token"));
        assertEquals("openid profile", tokens.get("scope"));
    }

    @Test
    void cancelSendsAccessDeniedWithState() {
        HttpResponse<String> page = harness.authorize(Map.of("scope", "openid", "state", "keep-me",
                "direct_sign_in", "social:kakao"));
        Map<String, List<String>> redirect = locationParameters(harness.choose(page, "cancel"));
        assertEquals(List.of("access_denied"), redirect.get("error"));
        assertEquals(List.of("keep-me"), redirect.get("state"));
        assertTrue(redirect.containsKey("error_description"));
    }

    @Test
    void anInteractionCanBeFinishedOnlyOnce() {
        HttpResponse<String> page = harness.authorize(Map.of("scope", "openid"));
        assertEquals(302, harness.choose(page, "reader").statusCode());
        HttpResponse<String> again = harness.choose(page, "reader");
        assertEquals(400, again.statusCode());
        assertTrue(again.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void otherGrantTypesAreUnsupported() {
        HttpResponse<String> response = harness.token(Map.of("grant_type", "password"));
        assertEquals(400, response.statusCode());
        assertEquals("unsupported_grant_type", json(response).get("error"));
    }

    @Test
    void aTraditionalAppMayNotUseClientCredentials() {
        HttpResponse<String> response = harness.token(Map.of("grant_type", "client_credentials"));
        assertEquals(400, response.statusCode());
        assertEquals("unauthorized_client", json(response).get("error"));
    }
}
