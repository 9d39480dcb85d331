package dev.bookstore.books.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The schema is Flyway's: made on a fresh database, and readiness stays down while the database does not answer. */
class DatabaseSchemaTest {

    @Test
    void aFreshDatabaseGetsTheSchemaAndTheFirstBooksOnce() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:schema-test;DB_CLOSE_DELAY=-1");
        DatabaseSchema schema = new DatabaseSchema();
        schema.database = h2;
        assertTrue(schema.ready());
        DatabaseSchema again = new DatabaseSchema();
        again.database = h2;
        assertTrue(again.ready(), "a second start finds it migrated");
        try (Connection connection = h2.getConnection();
             ResultSet books = connection.createStatement().executeQuery("SELECT count(*) FROM books")) {
            books.next();
            assertEquals(3, books.getInt(1));
        }
    }

    @Test
    void aDatabaseThatDoesNotAnswerKeepsReadinessDown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL("jdbc:postgresql://127.0.0.1:" + closedPort + "/bookstore");
        postgres.setUser("bookstore");
        postgres.setPassword("not-logged");
        postgres.setConnectTimeout(2);
        DatabaseSchema schema = new DatabaseSchema();
        schema.database = postgres;
        assertFalse(schema.ready());
        assertFalse(schema.ready(), "asked again, still down");
    }
}
