package dev.bookstore.books.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The schema is Flyway's: made on a fresh database, and readiness stays down while the database does not answer,
 * at start and whenever it stops answering later.
 */
class DatabaseSchemaTest {

    @Test
    void aFreshDatabaseGetsTheSchemaAndTheFirstBooksOnce() throws Exception {
        JdbcDataSource h2 = h2("schema-test");
        assertTrue(schemaOn(h2).ready());
        assertTrue(schemaOn(h2).ready(), "a second start finds it migrated");
        try (Connection connection = h2.getConnection();
             ResultSet books = connection.createStatement().executeQuery("SELECT count(*) FROM books")) {
            books.next();
            assertEquals(3, books.getInt(1));
        }
    }

    @Test
    void aDatabaseThatDoesNotAnswerKeepsReadinessDown() throws Exception {
        DatabaseSchema schema = schemaOn(DatabaseAvailabilityTest.stopped());
        assertFalse(schema.ready());
        assertFalse(schema.ready(), "asked again, still down");
    }

    @Test
    void readinessGoesDownWhileAMigratedDatabaseStopsAnsweringAndComesBackWithIt() {
        AtomicBoolean stopped = new AtomicBoolean();
        DatabaseSchema schema = schemaOn(switchable(h2("outage-test"), stopped));
        assertTrue(schema.ready());
        stopped.set(true);
        assertFalse(schema.ready(), "down while the database is");
        stopped.set(false);
        assertTrue(schema.ready(), "back by itself");
    }

    private static DatabaseSchema schemaOn(DataSource database) {
        DatabaseSchema schema = new DatabaseSchema();
        schema.database = database;
        schema.availability = new DatabaseAvailability();
        schema.availability.database = database;
        return schema;
    }

    private static JdbcDataSource h2(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    /** {@code database}, refusing connections as a stopped server does while {@code stopped} is set. */
    private static DataSource switchable(DataSource database, AtomicBoolean stopped) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    if (stopped.get() && method.getName().equals("getConnection")) {
                        throw new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
                    }
                    try {
                        return method.invoke(database, arguments);
                    } catch (InvocationTargetException failed) {
                        throw failed.getCause();
                    }
                });
    }
}
