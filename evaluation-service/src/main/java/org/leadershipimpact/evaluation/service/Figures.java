package org.leadershipimpact.evaluation.service;

import org.leadershipimpact.evaluation.tally.Contributions;
import org.leadershipimpact.platform.figures.FigureSheet;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** The pre-aggregated figures of one scope, as read in one query: amount by metric and item. */
public record Figures(Map<String, Map<String, BigDecimal>> byMetric) {

    /**
     * Amounts as plain numbers: sums that were added and taken away carry the database's scale
     * (3600.00), which must not show, or the same figure would look different by its history.
     */
    public Figures {
        byMetric.values().forEach(items -> items.replaceAll((item, amount) -> FigureSheet.plain(amount)));
    }

    public long count(String metric) {
        return amount(metric, Contributions.TOTAL).longValue();
    }

    public BigDecimal amount(String metric, String item) {
        return byMetric.getOrDefault(metric, Map.of()).getOrDefault(item, BigDecimal.ZERO);
    }

    public long count(String metric, String item) {
        return amount(metric, item).longValue();
    }

    /** The metric's items with a non-zero amount, in name order. */
    public Map<String, BigDecimal> items(String metric) {
        Map<String, BigDecimal> items = new TreeMap<>();
        byMetric.getOrDefault(metric, Map.of()).forEach((item, amount) -> {
            if (amount.signum() != 0) {
                items.put(item, amount);
            }
        });
        return items;
    }
}
