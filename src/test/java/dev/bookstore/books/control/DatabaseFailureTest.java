package dev.bookstore.books.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailureTest {

    @Test
    void aRefusedConnectionIsAnOutageHoweverJpaAndThePoolWrapIt() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException("refused"));
        assertTrue(DatabaseFailure.isOutage(new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException(refused))));
        assertTrue(DatabaseFailure.isOutage(new TransactionalException("commit failed", new PersistenceException(refused))));
    }

    @Test
    void aServerShuttingDownOrStartingUpIsAnOutage() {
        assertTrue(DatabaseFailure.isOutage(new PersistenceException(new SQLException("terminating connection due to"
                + " administrator command", "57P01"))));
        assertTrue(DatabaseFailure.isOutage(new PersistenceException(new SQLException("the database system is starting up", "57P03"))));
    }

    @Test
    void noConnectionToBeHadFromThePoolIsAnOutage() {
        assertTrue(DatabaseFailure.isOutage(new PersistenceException(new SQLTransientConnectionException("J2CA0045E"))));
    }

    @Test
    void aFaultOfTheRequestOrTheAppIsNot() {
        assertFalse(DatabaseFailure.isOutage(new PersistenceException(new SQLIntegrityConstraintViolationException(
                "duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseFailure.isOutage(new PersistenceException(new SQLException("syntax error", "42601"))));
        assertFalse(DatabaseFailure.isOutage(new IllegalArgumentException("no such entity")));
    }

    @Test
    void theDescriptionIsTheInnermostCauseWithItsSqlState() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertEquals("SQLException (SQL state 08001): Connection to 127.0.0.1:5432 refused",
                DatabaseFailure.describe(new PersistenceException("wrapped", new RuntimeException(refused))));
    }
}
