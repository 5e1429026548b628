package org.leadershipimpact.evaluation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * A horizontal bar chart laid out for the page's SVG: one bar per label, scaled to the largest, the
 * value written at the end of each bar. {@code description} says in words what the bars show, for
 * people who cannot see them.
 */
public record BarChart(String title, String description, String colour, int height, List<Bar> bars) {

    static final int LABEL_WIDTH = 300;
    static final int BAR_WIDTH = 320;
    private static final int ROW = 22;

    /** {@code textY}: the baseline of its label and value; {@code barY}: the top of its bar. */
    public record Bar(String label, String value, int textY, int barY, String width, String valueX) {
    }

    /** Counts by code, each code shown with its label; null when there is nothing to draw. */
    public static BarChart ofCounts(String title, Map<String, Long> counts, Vocabulary vocabulary, String colour) {
        if (counts == null || counts.isEmpty()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        counts.forEach((code, n) -> {
            labels.add(vocabulary.label(code));
            values.add(n == null ? 0 : n.doubleValue());
        });
        return of(title, labels, values, max(values), colour, v -> Wording.number(BigDecimal.valueOf(v)));
    }

    public static BarChart of(String title, List<String> labels, List<Double> values, double max, String colour,
            Function<Double, String> written) {
        List<Bar> bars = new ArrayList<>();
        StringJoiner description = new StringJoiner("; ", title + ": ", ".");
        for (int i = 0; i < labels.size(); i++) {
            double width = max <= 0 ? 0 : values.get(i) / max * BAR_WIDTH;
            int y = 26 + i * ROW;
            String value = written.apply(values.get(i));
            bars.add(new Bar(labels.get(i), value, y + 14, y + 2, decimal(width), decimal(LABEL_WIDTH + width + 4)));
            description.add(labels.get(i) + " " + value);
        }
        return new BarChart(title, description.toString(), colour, 30 + ROW * labels.size(), bars);
    }

    private static double max(List<Double> values) {
        return Math.max(values.stream().mapToDouble(Double::doubleValue).max().orElse(1), 1);
    }

    static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    public int barX() {
        return LABEL_WIDTH;
    }

    /** Labels end just left of the bars. */
    public int labelX() {
        return LABEL_WIDTH - 6;
    }
}
