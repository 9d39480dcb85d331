package dev.bookstore.ground.control;

import java.util.List;

/** The app cannot start: one or more settings are missing or malformed. */
public class InvalidSettingsException extends RuntimeException {

    public InvalidSettingsException(List<String> problems) {
        super("Bookstore cannot start: " + String.join("; ", problems));
    }
}
