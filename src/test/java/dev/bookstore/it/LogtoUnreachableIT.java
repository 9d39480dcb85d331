package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The packaged WAR pointed at a Logto endpoint where nothing listens. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LogtoUnreachableIT {


    @Deployment(testable = false)
    static WebArchive appWithUnreachableLogto() {
        WebArchive war = BookstoreDeployment.packagedWar();
        // A higher ordinal than the environment, and its own client id so no cached client is reused.
        return BookstoreDeployment.withSettings(war, "config_ordinal=500\n"
                + "APP_BASE_URL=" + ItSettings.BASE_URL + "\n"
                + "LOGTO_APP_ID=bookstore-unreachable\n"
                + "LOGTO_ENDPOINT=http://127.0.0.1:" + closedPort() + "\n");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final Browserless browser = new Browserless();

    @Test
    void signInExplainsThatTheSignInServiceIsUnavailable() {
        HttpResponse<String> page = browser.get(ItSettings.url("/sign-in"));
        assertEquals(503, page.statusCode(), page::body);
        assertTrue(page.body().contains("Sign-in is unavailable") && page.body().contains("id=\"request-id\""), page::body);
    }

    @Test
    void pagesThatNeedNoSignInKeepWorking() {
        assertTrue(SignInRoundTrip.home(browser).body().contains("Not signed in"));
    }
}
