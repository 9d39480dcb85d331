package dev.bookstore.books.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Creates and migrates the schema with Flyway (db/migration) when the app starts. A database that does not
 * answer then is named in the log, and asked again at each readiness check, which stays down until it is ready.
 * Once migrated, each readiness check asks whether the database answers now: a member without its database takes
 * no traffic while it is down, and takes it again by itself when it is back.
 */
@ApplicationScoped
public class DatabaseSchema {

    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

    @Resource(lookup = "jdbc/bookstore")
    DataSource database;

    @Inject
    DatabaseAvailability availability;

    private static final String MIGRATIONS = "classpath:db/migration";
    private static final String CALLBACKS = "classpath:db/callback";

    private volatile boolean migrated;

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ready();
    }

    /** Whether the schema is up to date (migrating it first if it is not yet) and the database answers. */
    public boolean ready() {
        return (migrated || migrate()) && availability.answers();
    }

    private synchronized boolean migrate() {
        if (!migrated) {
            try {
                // Liberty's class loader lists a folder only through a file in it: flyway.location in both.
                Flyway.configure(DatabaseSchema.class.getClassLoader()).dataSource(database)
                        .locations(MIGRATIONS).callbackLocations(CALLBACKS).failOnMissingLocations(true).load().migrate();
                migrated = true;
            } catch (FlywayException unusable) {
                LOG.severe(() -> "The database cannot be used yet (DB, DB_URL, DB_USER, DB_PASSWORD; readiness stays down"
                        + " until it can): " + DatabaseFailure.describe(unusable));
            }
        }
        return migrated;
    }
}
