package dev.bookstore.logto.control;

import dev.bookstore.logto.entity.LogtoSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The settings for the beans: read and checked once, at start, by {@link SettingsCheck}. */
@ApplicationScoped
public class LogtoConfiguration {

    @Inject
    SettingsCheck check;

    public LogtoSettings settings() {
        return check.settings();
    }
}
