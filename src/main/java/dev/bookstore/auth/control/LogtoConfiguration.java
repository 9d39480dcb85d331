package dev.bookstore.auth.control;

import dev.bookstore.auth.entity.LogtoSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Holds the settings, read once. Checking them when the application starts makes a missing or
 * malformed setting stop the deployment with one message, instead of failing at the first sign-in.
 */
@ApplicationScoped
public class LogtoConfiguration {

    private static final Logger LOG = Logger.getLogger(LogtoConfiguration.class.getName());

    private LogtoSettings settings;

    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
        LOG.info(() -> "Signing in through Logto at " + settings().endpoint() + " as app " + settings().appId()
                + "; callback " + settings().redirectUri());
    }

    public synchronized LogtoSettings settings() {
        if (settings == null) {
            Config config = ConfigProvider.getConfig();
            try {
                settings = new SettingsReader(key -> config.getOptionalValue(key, String.class)).read();
            } catch (InvalidSettingsException invalid) {
                LOG.log(Level.SEVERE, invalid.getMessage());
                throw invalid;
            }
        }
        return settings;
    }
}
