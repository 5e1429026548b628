package org.leadershipimpact.evaluation.report;

import org.leadershipimpact.evaluation.report.EvaluationReport.DimensionChange;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Self-assessment before and after per dimension on the 1–5 scale: grey dot before, coloured dot after (green up, red down). */
public record DumbbellChart(String description, int height, List<Tick> ticks, List<Row> rows) {

    private static final int LEFT = 260;
    private static final int WIDTH = 420;
    private static final int ROW = 24;

    public record Tick(int value, String x) {
    }

    /** {@code before} null when the dimension's figures are withheld. */
    public record Row(String dimension, int y, String before, String after, String colour) {

        public int textY() {
            return y + 4;
        }
    }

    public static DumbbellChart of(List<DimensionChange> dimensions) {
        int height = 50 + ROW * dimensions.size();
        List<Tick> ticks = new ArrayList<>();
        for (int tick = 1; tick <= 5; tick++) {
            ticks.add(new Tick(tick, x(tick)));
        }
        List<Row> rows = new ArrayList<>();
        StringJoiner description = new StringJoiner("; ", "Mean self-assessment on a scale of 1 to 5, before and after: ", ".");
        for (int i = 0; i < dimensions.size(); i++) {
            DimensionChange d = dimensions.get(i);
            int y = 36 + i * ROW;
            if (d.meanBefore() == null) {
                rows.add(new Row(d.dimension(), y, null, null, null));
                description.add(d.dimension() + " withheld");
                continue;
            }
            String colour = d.meanDifference().signum() >= 0 ? Colours.GREEN : Colours.RED;
            rows.add(new Row(d.dimension(), y, x(d.meanBefore().doubleValue()), x(d.meanAfter().doubleValue()), colour));
            description.add(d.dimension() + " from " + Wording.number(d.meanBefore()) + " to " + Wording.number(d.meanAfter()));
        }
        return new DumbbellChart(description.toString(), height, ticks, rows);
    }

    private static String x(double score) {
        return BarChart.decimal(LEFT + (score - 1) / 4 * WIDTH);
    }

    /** Dimension names end just left of the scale. */
    public int labelX() {
        return LEFT - 6;
    }

    public int axisBottom() {
        return height - 14;
    }

    public int tickY() {
        return height - 2;
    }
}
