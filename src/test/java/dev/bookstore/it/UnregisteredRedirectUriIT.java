package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Logto shows an unregistered redirect URI on its own error page and never sends the user back: the app asks
 * Logto before sending anyone there, so users get the "not set up" page and ops a log line naming the URI and
 * the Console step. A class of its own: the app asks Logto when it starts serving sign-ins (then every few
 * minutes), so this needs a fresh deployment.
 */
class UnregisteredRedirectUriIT extends BookstoreIT {


    @Test
    void usersAreNotSentToLogtosErrorPageAndTheLogNamesTheRedirectUri(LogtoDouble logto) throws IOException {
        logto.faults().redirectUrisUnregistered(true);
        HttpResponse<String> page = new Browserless().get(ItSettings.url("/sign-in"));
        assertEquals(503, page.statusCode(), page::body);
        assertTrue(page.body().contains("Sign-in is not set up correctly"), page::body);
        assertTrue(Files.readAllLines(ItSettings.SERVER_LOG).stream().anyMatch(line -> line.contains(ItSettings.url("/callback"))
                && line.contains("Redirect URIs")), "the log names the redirect URI and where to register it");
    }
}
