package dev.bookstore.it;

import java.net.URI;
import java.nio.file.Path;

/** What the build told the integration tests (failsafe system properties): ports, client, files. */
final class ItSettings {

    static final String CLIENT_ID = System.getProperty("it.client.id", "bookstore-it");
    static final String CLIENT_SECRET = System.getProperty("it.client.secret", "it-secret-not-for-production");
    static final String WEBHOOK_KEY = System.getProperty("it.webhook.key", "it-webhook-signing-key-not-for-production");
    static final int APP_PORT = Integer.getInteger("it.http.port", 19080);
    static final int HTTPS_PORT = Integer.getInteger("it.https.port", 19443);
    static final int PROVIDER_PORT = Integer.getInteger("it.provider.port", 19081);
    /** The token relay on its own loopback endpoint (RELAY_PORT), where Liberty redeems codes. */
    static final String RELAY_URL = "http://127.0.0.1:" + Integer.getInteger("it.relay.port", 19082) + "/internal/logto-token";
    /** The scrape job's user on the IT server (METRICS=reader, src/test/liberty/server.env). */
    static final String METRICS_USER = "it-metrics";
    static final String METRICS_PASSWORD = "it-metrics-password-not-secret";
    static final URI BASE_URL = URI.create("http://localhost:" + APP_PORT);
    /** Where users reach the app in HttpsBaseUrlIT: an https site whose proxy forwards to the IT server. */
    static final String PROXIED_BASE_URL = "https://books.example.com";
    static final Path WAR = Path.of(System.getProperty("it.war", "target/bookstore.war"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
    /** The logs of the IT server ("it") that Arquillian starts. */
    static final Path SERVER_LOGS = Path.of(System.getProperty("wlp.home", "target/liberty/wlp"), "usr/servers/it/logs");
    static final Path SERVER_LOG = SERVER_LOGS.resolve("messages.log");

    private ItSettings() {
    }

    static String url(String path) {
        return BASE_URL + path;
    }
}
