package org.leadershipimpact.evaluation.tally;

import org.leadershipimpact.platform.figures.FigureSheet;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The net change to the pre-aggregated figures while facts change: what the facts contributed before
 * is taken away, what they contribute after is added, and only the difference is written, in one
 * statement. A corrected attendance mark thus moves one count from ABSENT to PRESENT, and an event
 * applied twice could not count twice even if it got past the applied-event check.
 */
public final class TallyChange {

    /** The item a fact is counted under while what it should be counted under is not yet known. */
    public static final String UNKNOWN = FigureSheet.UNKNOWN;

    private record Row(Scope scope, String metric, String item) {
    }

    private final Map<Row, BigDecimal> delta = new HashMap<>();
    private int sign = -1;

    /** From now on, contributions are added (the facts' new state); before this they are taken away. */
    public void nowAdding() {
        sign = 1;
    }

    public void add(List<Scope> scopes, String metric, String item, BigDecimal amount) {
        if (amount == null || amount.signum() == 0) {
            return;
        }
        BigDecimal signed = sign > 0 ? amount : amount.negate();
        for (Scope scope : scopes) {
            delta.merge(new Row(scope, metric, item == null ? UNKNOWN : item), signed, BigDecimal::add);
        }
    }

    public void count(List<Scope> scopes, String metric, String item) {
        add(scopes, metric, item, BigDecimal.ONE);
    }

    /** Writes the net change; rows that net to nothing are not touched. */
    public void save(EntityManager entityManager) {
        List<Map.Entry<Row, BigDecimal>> changed = new ArrayList<>();
        delta.forEach((row, amount) -> {
            if (amount.signum() != 0) {
                changed.add(Map.entry(row, amount));
            }
        });
        if (changed.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO tally (scope, scope_key, metric, item, amount)
                    SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[])
                    ON CONFLICT (scope, scope_key, metric, item) DO UPDATE SET amount = tally.amount + excluded.amount
                    """)) {
                int n = changed.size();
                String[] scopes = new String[n];
                String[] keys = new String[n];
                String[] metrics = new String[n];
                String[] items = new String[n];
                BigDecimal[] amounts = new BigDecimal[n];
                for (int i = 0; i < n; i++) {
                    Row row = changed.get(i).getKey();
                    scopes[i] = row.scope().kind().name();
                    keys[i] = row.scope().key();
                    metrics[i] = row.metric();
                    items[i] = row.item();
                    amounts[i] = changed.get(i).getValue();
                }
                upsert.setArray(1, connection.createArrayOf("text", scopes));
                upsert.setArray(2, connection.createArrayOf("text", keys));
                upsert.setArray(3, connection.createArrayOf("text", metrics));
                upsert.setArray(4, connection.createArrayOf("text", items));
                upsert.setArray(5, connection.createArrayOf("numeric", amounts));
                upsert.executeUpdate();
            }
        });
    }
}
