package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Users reach the app at an https URL; a TLS-terminating proxy (played by the test: the public Host and
 * X-Forwarded-Proto on plain http) forwards to the server. The session cookie is Secure, HSTS is sent, and
 * a whole sign-in works, since Liberty sees the URL users typed.
 */
@ExtendWith({ArquillianExtension.class, LocalLogtoExtension.class})
@RunAsClient
class HttpsBaseUrlIT {

    @Deployment(testable = false)
    static WebArchive appBehindHttps() {
        return BookstoreDeployment.withSettings(BookstoreDeployment.packagedWar(),
                "config_ordinal=500\nAPP_BASE_URL=" + ItSettings.PROXIED_BASE_URL + "\nSESSION_COOKIE_SECURE=true\n");
    }

    @Test
    void theSessionCookieIsSecureAndHstsIsSent() {
        HttpResponse<String> toLogto = new Browserless().get(ItSettings.url("/sign-in"));
        assertEquals(302, toLogto.statusCode(), toLogto::body);
        List<String> cookies = toLogto.headers().allValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(cookie -> cookie.startsWith("BOOKSTORE_SESSION=") && cookie.contains("Secure")
                && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax")), cookies::toString);
        assertTrue(Browserless.location(toLogto).getRawQuery().contains("redirect_uri=https%3A%2F%2Fbooks.example.com%2Fcallback"),
                "Logto is told the https callback: " + Browserless.location(toLogto));
        HttpResponse<String> home = new Browserless().get(ItSettings.url("/"));
        assertEquals("max-age=31536000; includeSubDomains", home.headers().firstValue("Strict-Transport-Security").orElse(null));
    }

    /**
     * The proxy: the request goes to the IT server, saying which https URL the browser asked for and for whom
     * (Liberty takes the forwarded scheme and host only along with X-Forwarded-For, as every proxy sends it).
     */
    private static HttpResponse<String> viaProxy(Browserless browser, URI publicUrl) {
        return browser.getWith(ItSettings.url(publicUrl.getRawPath() + (publicUrl.getRawQuery() == null ? "" : "?" + publicUrl.getRawQuery())),
                "Host", publicUrl.getAuthority(), "X-Forwarded-For", "203.0.113.7", "X-Forwarded-Proto", "https");
    }

    @Test
    void aWholeSignInWorksBehindATlsTerminatingProxy() {
        Browserless browser = Browserless.behindTlsProxy();
        HttpResponse<String> toLogto = viaProxy(browser, URI.create(ItSettings.PROXIED_BASE_URL + "/sign-in"));
        assertEquals(302, toLogto.statusCode(), toLogto::body);
        HttpResponse<String> page = browser.follow(toLogto);
        HttpResponse<String> back = browser.post(page.uri().resolve("/oidc/auth/submit").toString(),
                Map.of("interaction", Browserless.inputValue(page.body(), "interaction"), "user", "reader"));
        URI callback = Browserless.location(back);
        assertEquals(ItSettings.PROXIED_BASE_URL + "/callback", callback.getScheme() + "://" + callback.getAuthority() + callback.getPath());
        HttpResponse<String> landed = viaProxy(browser, callback);
        assertEquals(302, landed.statusCode(), landed::body);
        assertEquals(URI.create(ItSettings.PROXIED_BASE_URL + "/"), Browserless.location(landed), "home, on the public URL");
        HttpResponse<String> home = viaProxy(browser, Browserless.location(landed));
        assertTrue(home.body().contains("Jane Reader"), home::body);
    }
}
