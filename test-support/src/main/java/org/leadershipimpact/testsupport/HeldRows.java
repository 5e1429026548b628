package org.leadershipimpact.testsupport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Plays the other side of a race through PostgreSQL itself, without timing luck: a transaction takes a
 * row lock, the request under test runs until it waits on that lock, then the transaction makes its
 * change and commits, and the request carries on against what it committed.
 */
public final class HeldRows {

    private HeldRows() {
    }

    /** Runs {@code request} while another transaction holds {@code lock}, then lets it {@code change} and commit; the request's status. */
    public static int whileHeld(DataSource database, String lock, String change, Supplier<Integer> request) throws Exception {
        try (Connection other = database.getConnection(); Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.execute(lock);
            CompletableFuture<Integer> answer = CompletableFuture.supplyAsync(request);
            Eventually.await(() -> waitingOnALock(database), waiting -> waiting > 0 || answer.isDone(), Duration.ofSeconds(30));
            statement.execute(change);
            other.commit();
            return answer.get(30, TimeUnit.SECONDS);
        }
    }

    private static int waitingOnALock(DataSource database) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
