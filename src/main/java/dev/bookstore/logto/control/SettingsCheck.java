package dev.bookstore.logto.control;

import dev.bookstore.logto.entity.LogtoSettings;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Checks the settings before CDI even looks at the beans: a failure here stops the application from
 * starting at all (nothing is served), with one message naming every bad setting, before the OIDC
 * mechanism could fail on them in a less helpful way. The one place the settings are read: the beans take them
 * from here ({@link LogtoConfiguration}).
 */
public class SettingsCheck implements Extension {

    private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

    private volatile LogtoSettings settings;

    void check(@Observes BeforeBeanDiscovery discovery) {
        try {
            settings = SettingsReader.fromConfig(ConfigProvider.getConfig()).read();
            LOG.info(() -> "Signing in through " + (settings.builtInLogto() ? "the built-in local Logto" : "Logto") + " at "
                    + settings.endpoint() + " as app " + settings.appId() + "; callback " + settings.redirectUri());
            if ("hazelcast".equals(settings.cluster()) && "embedded".equals(settings.database())) {
                LOG.warning("CLUSTER=hazelcast with DB=embedded: this member keeps its own catalog and shelves, which the"
                        + " other members do not see; set DB=postgresql (DB_URL, DB_USER, DB_PASSWORD) for a shared database");
            }
        } catch (InvalidSettingsException invalid) {
            LOG.severe(invalid.getMessage());
            throw invalid;
        }
    }

    /** The settings as read at start; the application does not start without them. */
    LogtoSettings settings() {
        return settings;
    }
}
