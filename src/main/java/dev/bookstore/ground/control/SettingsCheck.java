package dev.bookstore.ground.control;

import dev.bookstore.ground.entity.AppSettings;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Checks the settings before CDI even looks at the beans: a failure here stops the application from
 * starting at all (nothing is served), with one message naming every bad setting, before the OIDC
 * mechanism could fail on them in a less helpful way. The one place the settings are read: the beans take them
 * from here ({@link AppConfiguration}).
 */
public class SettingsCheck implements Extension {

    private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

    private volatile AppSettings settings;

    void check(@Observes BeforeBeanDiscovery discovery) {
        try {
            settings = SettingsReader.fromConfig(ConfigProvider.getConfig()).read();
            LOG.info(() -> "Signing in through " + (settings.builtInLogto() ? "the built-in local Logto" : "Logto") + " at "
                    + settings.endpoint() + " as app " + settings.appId() + "; callback " + settings.redirectUri());
            if ("hazelcast".equals(settings.cluster()) && "embedded".equals(settings.database())) {
                LOG.warning("CLUSTER=hazelcast with DB=embedded: this member keeps its own catalog and shelves, which the"
                        + " other members do not see; set DB=postgresql (DB_URL, DB_USER, DB_PASSWORD) for a shared database");
            }
            warnOfABaseUrlNothingHereListensAt(settings.baseUrl(), ConfigProvider.getConfig().getOptionalValue("HTTP_PORT", String.class));
        } catch (InvalidSettingsException invalid) {
            LOG.severe(invalid.getMessage());
            throw invalid;
        }
    }

    /**
     * {@code APP_BASE_URL=http://127.0.0.1:19180} with the server on 9080 sends every user Logto brings back to a port
     * nothing answers, unless a proxy on this host listens there: a warning, not a refusal (DEPLOY.md's nginx does).
     */
    private static void warnOfABaseUrlNothingHereListensAt(URI baseUrl, Optional<String> httpPort) {
        String host = String.valueOf(baseUrl.getHost());
        int port = baseUrl.getPort() != -1 ? baseUrl.getPort() : "https".equals(baseUrl.getScheme()) ? 443 : 80;
        String listening = httpPort.orElse("9080");
        if ((host.equals("localhost") || host.startsWith("127.")) && !listening.equals(String.valueOf(port))) {
            LOG.warning(() -> "APP_BASE_URL " + baseUrl + " names port " + port + " on this host, but the server listens on "
                    + "HTTP_PORT " + listening + ": unless a proxy here forwards that port, set HTTP_PORT=" + port);
        }
    }

    /** The settings as read at start; the application does not start without them. */
    AppSettings settings() {
        return settings;
    }
}
