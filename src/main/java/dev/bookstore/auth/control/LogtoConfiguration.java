package dev.bookstore.auth.control;

import dev.bookstore.auth.entity.LogtoSettings;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/** Holds the settings, read once; {@link SettingsCheck} has already refused to deploy with bad ones. */
@ApplicationScoped
public class LogtoConfiguration {

    private LogtoSettings settings;

    public synchronized LogtoSettings settings() {
        if (settings == null) {
            settings = SettingsReader.fromConfig(ConfigProvider.getConfig()).read();
        }
        return settings;
    }
}
