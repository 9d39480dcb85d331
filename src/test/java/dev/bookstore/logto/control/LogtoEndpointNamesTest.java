package dev.bookstore.logto.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** A call's metric label is the endpoint's fixed name, never the URL (which may carry a code or a token hint). */
class LogtoEndpointNamesTest {

    private static final URI LOGTO = URI.create("https://tenant.logto.app");

    private static String of(String url) {
        return LogtoEndpointNames.of(URI.create(url), LOGTO);
    }

    @Test
    void logtosEndpointsGoByTheirNames() {
        assertEquals("token", of("https://tenant.logto.app/oidc/token"));
        assertEquals("userinfo", of("https://tenant.logto.app/oidc/me"));
        assertEquals("jwks", of("https://tenant.logto.app/oidc/jwks"));
        assertEquals("authorize", of("https://tenant.logto.app/oidc/auth?client_id=x&redirect_uri=y&state=z"));
        assertEquals("revocation", of("https://tenant.logto.app/oidc/token/revocation"));
        assertEquals("discovery", of("https://tenant.logto.app/oidc/.well-known/openid-configuration"));
        assertEquals("management_api", of("https://tenant.logto.app/api/applications/abc"));
        assertEquals("other", of("https://tenant.logto.app/oidc/session/end?id_token_hint=eyJx"));
    }

    @Test
    void callsElsewhereAreNotLogtos() {
        assertNull(of("http://127.0.0.1:9080/api/books"));
        assertNull(of("https://tenant.logto.app.evil.example/oidc/token"));
        assertNull(of("http://tenant.logto.app/oidc/token"));
    }
}
