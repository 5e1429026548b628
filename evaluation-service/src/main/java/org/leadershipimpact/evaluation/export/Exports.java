package org.leadershipimpact.evaluation.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.logging.Logger;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Streams a dataset from the database to the client row by row: PostgreSQL hands rows over a
 * cursor a batch at a time, and each row is written out as soon as it is read, so memory stays flat
 * however large the export and the first rows reach the client while the query is still running.
 */
@ApplicationScoped
public class Exports {

    private static final Logger LOG = Logger.getLogger(Exports.class);
    private static final int BATCH = 2_000;

    public enum Format {
        CSV, NDJSON
    }

    /** Which rows: {@code systems} null means every system (the national view); an empty set means none. */
    public record Filter(Collection<String> systems, UUID programmeId, UUID cohortId, LocalDate from, LocalDate to) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Pseudonyms pseudonyms;

    private final JsonFactory json = new JsonFactory();

    /**
     * An export under way: where it leaves off, and its rows, to be written once. Its transaction is open
     * from the start (the cursor is its snapshot); if the rows are never written (a HEAD request, a client
     * gone before the first byte), {@link #abandon()} ends it.
     */
    public final class Export {
        private final ChangeCursor cursor;
        private final Connection connection;
        private final Dataset dataset;
        private final Format format;
        private final Filter filter;
        private final ChangesSince since;
        private final AtomicBoolean taken = new AtomicBoolean();

        private Export(ChangeCursor cursor, Connection connection, Dataset dataset, Format format, Filter filter, ChangesSince since) {
            this.cursor = cursor;
            this.connection = connection;
            this.dataset = dataset;
            this.format = format;
            this.filter = filter;
            this.since = since;
        }

        public ChangeCursor cursor() {
            return cursor;
        }

        public StreamingOutput rows() {
            return output -> {
                if (!taken.compareAndSet(false, true)) {
                    throw new IOException("The export of " + dataset.path() + " was already written or abandoned");
                }
                stream(connection, dataset, format, filter, since, output);
            };
        }

        /** Ends the transaction unless the rows are being written, which end it themselves. */
        public void abandon() {
            if (taken.compareAndSet(false, true)) {
                close(connection);
            }
        }
    }

    /**
     * Opens the export's transaction and takes its snapshot now, so that the cursor can go in the
     * response's headers before the first row; the rows are read in that same snapshot as they are
     * written, and the transaction ends with them. {@code since} null is a full export.
     */
    public Export open(Dataset dataset, Format format, Filter filter, ChangesSince since) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            // PostgreSQL streams through a cursor only inside a transaction
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            return new Export(snapshot(connection), connection, dataset, format, filter, since);
        } catch (SQLException e) {
            close(connection);
            LOG.errorf("Export of %s could not start: %s (SQL state %s)", dataset.path(), e.getClass().getSimpleName(), e.getSQLState());
            throw new IllegalStateException("The export could not be started", e);
        }
    }

    /** Repeatable read holds one snapshot for the whole transaction: the one the cursor names is the one the rows are read in. */
    private static ChangeCursor snapshot(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            try (ResultSet snapshot = statement.executeQuery("SELECT pg_current_snapshot()::text")) {
                snapshot.next();
                return new ChangeCursor(snapshot.getString(1));
            }
        }
    }

    private void stream(Connection connection, Dataset dataset, Format format, Filter filter, ChangesSince since, OutputStream output)
            throws IOException {
        try (connection) {
            try (PreparedStatement query = ExportQuery.of(dataset, filter, since).prepare(connection)) {
                query.setFetchSize(BATCH);
                try (ResultSet rows = query.executeQuery()) {
                    RowWriter writer = format == Format.CSV ? new CsvWriter(output) : new JsonLinesWriter(output);
                    write(rows, writer);
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.errorf("Export of %s failed: %s (SQL state %s)", dataset.path(), e.getClass().getSimpleName(), e.getSQLState());
            throw new IOException("The export could not be completed", e);
        }
    }

    private static void close(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debugf("Closing an export's connection failed: %s", e.getSQLState());
        }
    }

    private void write(ResultSet rows, RowWriter writer) throws SQLException, IOException {
        ResultSetMetaData meta = rows.getMetaData();
        int columns = meta.getColumnCount();
        List<String> names = new ArrayList<>();
        int participant = -1;
        for (int c = 1; c <= columns; c++) {
            String name = meta.getColumnLabel(c);
            if (name.equals("participant")) {
                participant = c;
                name = "participant_pseudonym";
            }
            names.add(name);
        }
        Pseudonyms.Hasher hasher = pseudonyms.hasher();
        writer.start(names);
        Object[] values = new Object[columns];
        while (rows.next()) {
            for (int c = 1; c <= columns; c++) {
                Object value = value(rows, meta.getColumnType(c), c);
                if (c == participant && value != null) {
                    value = hasher.of((UUID) value);
                }
                values[c - 1] = value;
            }
            writer.row(values);
        }
        writer.end();
    }

    private static Object value(ResultSet rows, int type, int column) throws SQLException {
        Object value = switch (type) {
            case Types.DATE -> {
                Date date = rows.getDate(column);
                yield date == null ? null : date.toLocalDate();
            }
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                Timestamp time = rows.getTimestamp(column);
                yield time == null ? null : time.toInstant();
            }
            case Types.DOUBLE, Types.REAL, Types.FLOAT -> {
                double number = rows.getDouble(column);
                yield rows.wasNull() ? null : BigDecimal.valueOf(number).stripTrailingZeros();
            }
            default -> rows.getObject(column);
        };
        return rows.wasNull() ? null : value;
    }

    private interface RowWriter {
        void start(List<String> columns) throws IOException;

        void row(Object[] values) throws IOException;

        void end() throws IOException;
    }

    /** RFC 4180 CSV with a header line; text that a spreadsheet would run as a formula is prefixed with a quote. */
    private static final class CsvWriter implements RowWriter {
        private final Writer out;

        CsvWriter(OutputStream output) {
            this.out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 16 * 1024);
        }

        @Override
        public void start(List<String> columns) throws IOException {
            out.write(String.join(",", columns));
            out.write("\r\n");
        }

        @Override
        public void row(Object[] values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object value = values[i];
                if (value == null) {
                    continue;
                }
                if (value instanceof BigDecimal number) {
                    out.write(number.toPlainString());
                } else if (value instanceof String text) {
                    out.write(cell(text));
                } else {
                    out.write(value.toString());
                }
            }
            out.write("\r\n");
        }

        private static String cell(String text) {
            String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
            if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
                return safe;
            }
            return '"' + safe.replace("\"", "\"\"") + '"';
        }

        @Override
        public void end() throws IOException {
            out.flush();
        }
    }

    /** One JSON object per line, numbers as numbers. */
    private final class JsonLinesWriter implements RowWriter {
        private final JsonGenerator out;
        private List<String> columns;
        private boolean any;

        JsonLinesWriter(OutputStream output) throws IOException {
            this.out = json.createGenerator(output, JsonEncoding.UTF8);
            out.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
        }

        @Override
        public void start(List<String> names) {
            this.columns = names;
        }

        @Override
        public void row(Object[] values) throws IOException {
            any = true;
            out.writeStartObject();
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                out.writeFieldName(columns.get(i));
                if (value == null) {
                    out.writeNull();
                } else if (value instanceof BigDecimal number) {
                    out.writeNumber(number);
                } else if (value instanceof Number number) {
                    out.writeNumber(number.longValue());
                } else if (value instanceof Boolean flag) {
                    out.writeBoolean(flag);
                } else {
                    out.writeString(value.toString());
                }
            }
            out.writeEndObject();
        }

        @Override
        public void end() throws IOException {
            if (any) {
                out.writeRaw('\n');
            }
            out.flush();
        }
    }
}
