package org.leadershipimpact.evaluation.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one export and its parameters: a dataset's rows narrowed by the filter; in a change
 * export, only the rows changed since, each with a {@code change} column, and the rows deleted since.
 */
final class ExportQuery {

    static final String CHANGED = "CREATED_OR_CHANGED";
    static final String WITHDRAWN = "WITHDRAWN";

    private final StringBuilder sql;
    private final List<Object> parameters = new ArrayList<>();

    private ExportQuery(Dataset dataset) {
        // the comment names the query in pg_stat_activity
        this.sql = new StringBuilder("/* export:" + dataset.path() + " */ ");
    }

    static ExportQuery of(Dataset dataset, Exports.Filter filter, ChangesSince since) {
        ExportQuery query = new ExportQuery(dataset);
        if (since == null) {
            query.sql.append("SELECT ").append(dataset.columns).append("\nFROM ").append(dataset.from)
                    .append("\nWHERE ").append(dataset.standing);
            query.narrowed(dataset.conditions, filter);
            return query;
        }
        query.sql.append("SELECT ").append(dataset.columns).append(",\n CASE WHEN ").append(dataset.withdrawn)
                .append(" THEN '").append(WITHDRAWN).append("' ELSE '").append(CHANGED).append("' END AS change")
                .append("\nFROM ").append(dataset.from).append("\nWHERE ");
        query.changedSince(dataset.changedBy, since);
        query.narrowed(dataset.conditions, filter);
        if (dataset.tombstones != null) {
            query.sql.append("\nUNION ALL\n").append(dataset.tombstones).append("\nAND ");
            query.changedSince(List.of("t"), since);
            query.narrowed(Dataset.TOMBSTONES, filter);
        }
        return query;
    }

    String sql() {
        return sql.toString();
    }

    List<Object> parameters() {
        return parameters;
    }

    /**
     * A row changed when any table it takes columns from did. After a cursor: the last writer of the row
     * is not visible in the cursor's snapshot (so it committed later, whatever order transactions
     * committed in); at or above the snapshot's xmin first, which the index on changed_xid answers.
     */
    private void changedSince(List<String> aliases, ChangesSince since) {
        List<String> any = new ArrayList<>();
        for (String alias : aliases) {
            if (since.cursor() != null) {
                any.add("(" + alias + ".changed_xid >= pg_snapshot_xmin(?::pg_snapshot) AND NOT pg_visible_in_snapshot("
                        + alias + ".changed_xid, ?::pg_snapshot))");
                parameters.add(since.cursor().snapshot());
                parameters.add(since.cursor().snapshot());
            } else {
                any.add(alias + ".changed_at >= ?");
                parameters.add(OffsetDateTime.ofInstant(since.time(), ZoneOffset.UTC));
            }
        }
        sql.append("(").append(String.join(" OR ", any)).append(")");
    }

    private void narrowed(Dataset.Conditions conditions, Exports.Filter filter) {
        if (filter.systems() != null) {
            sql.append(" AND ").append(conditions.system()).append(" = ANY (?)");
            parameters.add(filter.systems().toArray(String[]::new));
        }
        if (filter.programmeId() != null) {
            sql.append(" AND ").append(conditions.programme());
            parameters.add(filter.programmeId());
        }
        if (filter.cohortId() != null) {
            sql.append(" AND ").append(conditions.cohort());
            parameters.add(filter.cohortId());
        }
        if (conditions.date() != null && filter.from() != null) {
            sql.append(" AND ").append(conditions.date()).append(" >= ?");
            parameters.add(filter.from());
        }
        if (conditions.date() != null && filter.to() != null) {
            sql.append(" AND ").append(conditions.date()).append(" < ?");
            parameters.add(filter.to().plusDays(1));
        }
    }

    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql());
        for (int i = 0; i < parameters.size(); i++) {
            Object parameter = parameters.get(i);
            if (parameter instanceof String[] systems) {
                statement.setArray(i + 1, connection.createArrayOf("text", systems));
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
        return statement;
    }
}
