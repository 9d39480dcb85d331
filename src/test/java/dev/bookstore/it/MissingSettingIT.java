package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.ShouldThrowException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged WAR deployed without its app id must not start, must say why, and must not print the app secret it
 * was given (a distinctive one, so that the log scan could find it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MissingSettingIT {

    private static final String SECRET = "missing-setting-it-secret-9f3c1e";


    @Deployment(testable = false)
    @ShouldThrowException(Exception.class)
    static WebArchive appWithoutItsId() {
        WebArchive war = BookstoreDeployment.packagedWar();
        return BookstoreDeployment.withSettings(war, "config_ordinal=500\nLOGTO_APP_ID=\nLOGTO_APP_SECRET=" + SECRET + "\n");
    }

    @Test
    void theDeploymentStopsWithOneMessageNamingTheSetting() throws IOException {
        String log = Files.readString(ItSettings.SERVER_LOG, StandardCharsets.UTF_8);
        assertTrue(log.contains("Bookstore cannot start: LOGTO_APP_ID is not set: set it to the App ID"), log);
        assertFalse(log.contains("LOGTO_APP_SECRET is not set"), "only the missing setting is named");
    }

    @Test
    void theServerLogNeverShowsTheSecret() throws IOException {
        String log = Files.readString(ItSettings.SERVER_LOG, StandardCharsets.UTF_8);
        assertTrue(log.contains("LOGTO_APP_ID is not set"), "this deployment did fail on its settings");
        assertFalse(log.contains(SECRET));
    }
}
