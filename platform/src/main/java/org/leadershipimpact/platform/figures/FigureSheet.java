package org.leadershipimpact.platform.figures;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures as amounts by metric and item ({@code "enrolments.status" → "COMPLETED" → 12}), in the
 * names evaluation-service keeps them under: what a producer computes from its own records, for the
 * read side to be checked against.
 */
@RegisterForReflection
@Schema(name = "FigureSheet", description = "Amounts by metric and item, as computed from the records that stand")
public record FigureSheet(Map<String, Map<String, BigDecimal>> figures) {

    /** The item of a total. */
    public static final String TOTAL = "total";

    /** The item a record is counted under while what it should be counted under is not known. */
    public static final String UNKNOWN = "UNKNOWN";

    public FigureSheet() {
        this(new TreeMap<>());
    }

    /** A sheet of rows {@code (metric, item, amount)}, as a query grouping the records gives them. */
    public static FigureSheet of(List<Object[]> rows) {
        FigureSheet sheet = new FigureSheet();
        for (Object[] row : rows) {
            sheet.add((String) row[0], (String) row[1], new BigDecimal(row[2].toString()));
        }
        return sheet;
    }

    /** Adds {@code amount} to the metric's item (UNKNOWN when null); nothing is kept for a zero. */
    public FigureSheet add(String metric, String item, BigDecimal amount) {
        if (amount != null && amount.signum() != 0) {
            figures.computeIfAbsent(metric, m -> new TreeMap<>()).merge(item == null ? UNKNOWN : item, plain(amount), BigDecimal::add);
        }
        return this;
    }

    public FigureSheet count(String metric, String item) {
        return add(metric, item, BigDecimal.ONE);
    }

    public BigDecimal amount(String metric, String item) {
        return figures.getOrDefault(metric, Map.of()).getOrDefault(item, BigDecimal.ZERO);
    }

    /** 3600.00 and 3600 are one figure: amounts are kept without trailing zeros. */
    public static BigDecimal plain(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
