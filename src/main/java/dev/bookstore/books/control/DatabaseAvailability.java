package dev.bookstore.books.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether the database answers, as the app last found. An outage is logged when it is first met and when the
 * database answers again, however many requests meet it in between: one line per failed request would bury the one
 * fact ops need under as many copies as there were users.
 */
@ApplicationScoped
public class DatabaseAvailability {

    @Resource(lookup = "jdbc/bookstore")
    DataSource database;

    private final AtomicReference<Instant> downSince = new AtomicReference<>();
    private final Logger log;

    public DatabaseAvailability() {
        this(Logger.getLogger(DatabaseAvailability.class.getName()));
    }

    DatabaseAvailability(Logger log) {
        this.log = log;
    }

    /**
     * Asks the server's pool for a connection (which it checks before handing it out): a database that is down is
     * known at once, rather than after JPA's retries of a read (EclipseLink tries three more times, 5 s apart).
     */
    public void reach() {
        try (Connection connection = database.getConnection()) {
            answered();
        } catch (SQLException unreachable) {
            unreachable(unreachable);
            throw new DatabaseUnavailableException(unreachable);
        }
    }

    /** As {@link #reach()}, for readiness: whether the database answers now. */
    public boolean answers() {
        try {
            reach();
            return true;
        } catch (DatabaseUnavailableException down) {
            return false;
        }
    }

    /** The database could not be reached; the first time in an outage, the log says so. */
    public void unreachable(Throwable failure) {
        if (downSince.compareAndSet(null, Instant.now())) {
            log.severe(() -> "The database stopped answering: " + DatabaseFailure.describe(failure) + ". Until it answers"
                    + " again the shelf and the API answer 503 and /health/ready is down; pages that need no database go on."
                    + " Each member logs this once per outage, and once more when the database is back.");
        }
    }

    private void answered() {
        if (downSince.get() != null) {
            Instant since = downSince.getAndSet(null);
            if (since != null) {
                log.info(() -> "The database answers again, after " + Duration.between(since, Instant.now()).toSeconds()
                        + " s without it");
            }
        }
    }

    public boolean down() {
        return downSince.get() != null;
    }
}
