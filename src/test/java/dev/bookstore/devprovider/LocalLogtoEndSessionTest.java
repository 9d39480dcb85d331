package dev.bookstore.devprovider;

import static dev.bookstore.devprovider.LocalLogtoHarness.POST_LOGOUT_URI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** RP-initiated logout at {@code /oidc/session/end}. */
class LocalLogtoEndSessionTest {

    @RegisterExtension
    final LocalLogtoHarness harness = new LocalLogtoHarness();

    private LocalLogtoHarness.SignIn signIn;
    private String idToken;

    @BeforeEach
    void signIn() {
        signIn = harness.signIn("reader", Map.of("scope", "openid profile"));
        idToken = (String) harness.redeem(signIn.code(), null).get("id_token");
    }

    private HttpResponse<String> endSession(Map<String, String> parameters) {
        return harness.get("/oidc/session/end?" + OAuthTestValues.query(parameters),
                "Cookie", signIn.sessionCookie());
    }

    @Test
    void unregisteredPostLogoutRedirectUriGetsAnErrorPage() {
        HttpResponse<String> response = endSession(Map.of("id_token_hint", idToken,
                "post_logout_redirect_uri", "http://evil.example/"));
        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Location").isEmpty());
        assertEquals(1, harness.provider().activeSessionCount());
    }

    @Test
    void registeredPostLogoutRedirectUriEndsTheSessionAndRedirects() {
        assertEquals(1, harness.provider().activeSessionCount());
        HttpResponse<String> response = endSession(Map.of("id_token_hint", idToken,
                "post_logout_redirect_uri", POST_LOGOUT_URI, "state", "bye"));
        assertEquals(302, response.statusCode());
        assertEquals(POST_LOGOUT_URI + "?state=bye", response.headers().firstValue("Location").orElseThrow());
        assertTrue(response.headers().firstValue("Set-Cookie").orElseThrow()
                .startsWith("_logto_local_session=;"));
        assertEquals(0, harness.provider().activeSessionCount());
    }

    @Test
    void clientIdIdentifiesTheClientWithoutHint() {
        HttpResponse<String> response = endSession(Map.of("client_id", LocalLogtoHarness.CLIENT_ID,
                "post_logout_redirect_uri", POST_LOGOUT_URI));
        assertEquals(302, response.statusCode());
        assertEquals(400, harness.get("/oidc/session/end?"
                + OAuthTestValues.query(Map.of("post_logout_redirect_uri", POST_LOGOUT_URI))).statusCode(),
                "no client can be identified");
    }

    @Test
    void withoutRedirectTheUserSeesTheSignedOutPage() {
        HttpResponse<String> response = endSession(Map.of());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("You are signed out"));
        assertEquals(0, harness.provider().activeSessionCount());
    }

    @Test
    void forgedIdTokenHintIsRejected() {
        String[] parts = idToken.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        HttpResponse<String> response = endSession(Map.of("id_token_hint", forged,
                "post_logout_redirect_uri", POST_LOGOUT_URI));
        assertEquals(400, response.statusCode());
        assertEquals(1, harness.provider().activeSessionCount());
    }
}
