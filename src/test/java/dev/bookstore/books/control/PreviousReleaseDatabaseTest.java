package dev.bookstore.books.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.deploy.PreviousRelease;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The database a member of the previous release (ce524c7) created and used, dumped by H2 (the fixture's README), is
 * taken over by this release: Flyway finds the migrations it applied unchanged, applies only newer ones, and the data
 * stays. Fails when an applied migration is edited, renamed or removed (Flyway's validation at start refuses the
 * database: readiness stays down), or when a newer migration loses the previous release's data. On H2, the embedded
 * database; a PostgreSQL carries the same migrations but is not tried here.
 */
class PreviousReleaseDatabaseTest {

    @Test
    void theDatabaseThePreviousReleaseMigratedIsMigratedForwardWithItsData() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:previous-release;DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection(); Statement restore = connection.createStatement()) {
            restore.execute("RUNSCRIPT FROM '" + PreviousRelease.file("database.sql") + "'");
        }
        DatabaseSchema schema = new DatabaseSchema();
        schema.database = h2;
        schema.availability = new DatabaseAvailability();
        schema.availability.database = h2;
        assertTrue(schema.ready(), "Flyway accepts the database and migrates it");
        try (Connection connection = h2.getConnection(); Statement query = connection.createStatement()) {
            assertEquals("1", single(query, "SELECT min(\"version\") FROM \"flyway_schema_history\" WHERE \"success\""));
            assertEquals("3", single(query, "SELECT count(*) FROM books"));
            assertEquals("b-2", single(query, "SELECT book_id FROM shelf_entries WHERE subject = 'kko7p3n9w2cd'"));
        }
    }

    private static String single(Statement query, String sql) throws Exception {
        try (ResultSet result = query.executeQuery(sql)) {
            assertTrue(result.next(), sql);
            return result.getString(1);
        }
    }
}
