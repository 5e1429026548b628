package org.leadershipimpact.programmes;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What PostgreSQL says when it refuses a write reaches exception messages and logs: it must not quote personal data. */
@QuarkusTest
class DatabaseErrorsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRefusedWriteDoesNotQuoteTheRowItRefused() {
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE person (email text PRIMARY KEY)");
                statement.execute("INSERT INTO person VALUES ('asha.rahman@example.nhs.uk')");
                statement.execute("INSERT INTO person VALUES ('asha.rahman@example.nhs.uk')");
            }
        });
        assertTrue(refused.getMessage().contains("duplicate key"), refused.getMessage());
        assertFalse(refused.getMessage().contains("asha.rahman"), "the message quotes the row: " + refused.getMessage());
    }
}
