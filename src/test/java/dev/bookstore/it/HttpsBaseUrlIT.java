package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Users reach the app over https (behind a TLS-terminating proxy, here only pretended by the setting): the
 * session cookie is Secure and HSTS is sent, with no second setting to remember.
 */
@ExtendWith({ArquillianExtension.class, LocalLogtoExtension.class})
@RunAsClient
class HttpsBaseUrlIT {

    @Deployment(testable = false)
    static WebArchive appBehindHttps() {
        return BookstoreDeployment.withSettings(BookstoreDeployment.packagedWar(),
                "config_ordinal=500\nAPP_BASE_URL=https://books.example.com\n");
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
}
