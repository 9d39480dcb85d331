package dev.bookstore.books.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Creates and migrates the schema with Flyway (db/migration) when the app starts. A database that does not
 * answer then is named in the log, and asked again at each readiness check, which stays down until it is ready.
 */
@ApplicationScoped
public class DatabaseSchema {

    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

    @Resource(lookup = "jdbc/bookstore")
    DataSource database;

    private static final String MIGRATIONS = "classpath:db/migration";
    private static final String CALLBACKS = "classpath:db/callback";

    private volatile boolean migrated;

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ready();
    }

    /** Whether the schema is up to date, migrating it first if it is not yet. */
    public synchronized boolean ready() {
        if (!migrated) {
            try {
                // Liberty's class loader lists a folder only through a file in it: flyway.location in both.
                Flyway.configure(DatabaseSchema.class.getClassLoader()).dataSource(database)
                        .locations(MIGRATIONS).callbackLocations(CALLBACKS).failOnMissingLocations(true).load().migrate();
                migrated = true;
            } catch (FlywayException unusable) {
                LOG.severe(() -> "The database cannot be used yet (DB, DB_URL, DB_USER, DB_PASSWORD; readiness stays down"
                        + " until it can): " + rootCause(unusable));
            }
        }
        return migrated;
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
