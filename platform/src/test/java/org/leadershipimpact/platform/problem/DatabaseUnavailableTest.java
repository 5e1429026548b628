package org.leadershipimpact.platform.problem;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A database that cannot be reached is an outage to wait out (503 with Retry-After), not a defect (500). */
class DatabaseUnavailableTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aRefusedConnectionIsUnavailableForAFewSeconds() {
        Response answer = mappers.unexpected(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Connection to 127.0.0.1:15432 refused", "08001")), null);
        assertEquals(503, answer.getStatus());
        assertEquals("5", answer.getHeaderString("Retry-After"));
        assertEquals(Problem.type("database-unavailable"), ((Problem) answer.getEntity()).type());
    }

    @Test
    void aServerShuttingDownIsUnavailable() {
        Response answer = mappers.unexpected(new PersistenceException(
                new SQLException("terminating connection due to administrator command", "57P01")), null);
        assertEquals(503, answer.getStatus());
    }

    @Test
    void noPooledConnectionWithinTheAcquisitionTimeoutIsUnavailable() {
        Response answer = mappers.unexpected(new PersistenceException(
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException())), null);
        assertEquals(503, answer.getStatus());
    }

    @Test
    void aConnectionLostAtCommitIsUnavailableWhereverTheTransactionManagerPutsIt() {
        // a transaction manager reports a resource's failure at commit as a suppressed exception, not a cause
        jakarta.transaction.RollbackException commit = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertEquals(503, mappers.unexpected(new PersistenceException(commit), null).getStatus());
    }

    @Test
    void aConnectionLostAtCommitIsUnavailableThoughThePoolWrapsIt() {
        // as Narayana and Agroal report it: the pool's XAException, suppressed, holds the driver's error as its cause
        javax.transaction.xa.XAException pool = new javax.transaction.xa.XAException(
                "Error trying to transactionCommit local transaction: An I/O error occurred while sending to the backend.");
        pool.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        jakarta.transaction.RollbackException commit = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(pool);
        assertEquals(503, mappers.unexpected(new RuntimeException(commit), null).getStatus());
    }

    @Test
    void aConnectionErrorWithoutASqlStateIsUnavailable() {
        assertEquals(503, mappers.unexpected(new PersistenceException(
                new java.sql.SQLNonTransientConnectionException("Connection is closed")), null).getStatus());
    }

    @Test
    void anyOtherDatabaseErrorIsStillADefect() {
        Response answer = mappers.unexpected(new PersistenceException(new SQLException("division by zero", "22012")), null);
        assertEquals(500, answer.getStatus());
        assertNull(answer.getHeaderString("Retry-After"));
    }
}
