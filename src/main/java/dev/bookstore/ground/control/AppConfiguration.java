package dev.bookstore.ground.control;

import dev.bookstore.ground.entity.AppSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The settings for the beans: read and checked once, at start, by {@link SettingsCheck}. */
@ApplicationScoped
public class AppConfiguration {

    @Inject
    SettingsCheck check;

    public AppSettings settings() {
        return check.settings();
    }
}
