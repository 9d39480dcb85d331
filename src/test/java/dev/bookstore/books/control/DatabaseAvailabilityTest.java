package dev.bookstore.books.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class DatabaseAvailabilityTest {

    private final List<LogRecord> lines = new CopyOnWriteArrayList<>();
    private final DatabaseAvailability availability = new DatabaseAvailability(recordingLogger());

    @Test
    void anOutageMetByManyRequestsAtOnceIsLoggedOnceAndItsEndOnce() throws Exception {
        availability.database = stopped();
        IntStream.range(0, 100).parallel().forEach(request ->
                assertThrows(DatabaseUnavailableException.class, availability::reach));
        assertTrue(availability.down());
        availability.database = running();
        IntStream.range(0, 100).parallel().forEach(request -> assertTrue(availability.answers()));

        assertEquals(2, lines.size(), () -> lines.stream().map(LogRecord::getMessage).toList().toString());
        assertEquals(Level.SEVERE, lines.get(0).getLevel());
        assertTrue(lines.get(0).getMessage().startsWith("The database stopped answering: PSQLException (SQL state 08001): "
                + "Connection to 127.0.0.1:"), lines.get(0).getMessage());
        assertFalse(lines.get(0).getMessage().contains("not-logged"), "never the password");
        assertEquals(Level.INFO, lines.get(1).getLevel());
        assertTrue(lines.get(1).getMessage().startsWith("The database answers again, after "), lines.get(1).getMessage());
        assertFalse(availability.down());
    }

    @Test
    void theNextOutageIsLoggedAgain() throws Exception {
        availability.database = stopped();
        assertFalse(availability.answers());
        availability.database = running();
        assertTrue(availability.answers());
        availability.database = stopped();
        assertFalse(availability.answers());
        assertFalse(availability.answers());

        assertEquals(3, lines.size());
        assertTrue(lines.get(2).getMessage().startsWith("The database stopped answering"));
    }

    @Test
    void aDatabaseThatAnswersLogsNothing() {
        availability.database = running();
        IntStream.range(0, 100).forEach(request -> availability.reach());
        assertEquals(List.of(), lines);
        assertFalse(availability.down());
    }

    /** A PostgreSQL that is not there: nothing listens on its port. */
    static DataSource stopped() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL("jdbc:postgresql://127.0.0.1:" + closedPort + "/bookstore");
        postgres.setUser("bookstore");
        postgres.setPassword("not-logged");
        postgres.setConnectTimeout(2);
        return postgres;
    }

    private static DataSource running() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:availability-test;DB_CLOSE_DELAY=-1");
        return h2;
    }

    private Logger recordingLogger() {
        Logger logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord line) {
                lines.add(line);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        return logger;
    }
}
