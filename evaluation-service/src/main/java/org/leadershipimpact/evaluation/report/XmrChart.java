package org.leadershipimpact.evaluation.report;

import org.leadershipimpact.evaluation.report.EvaluationReport.ChartPoint;
import org.leadershipimpact.evaluation.report.EvaluationReport.ChartSegment;
import org.leadershipimpact.evaluation.report.EvaluationReport.ChartSignal;
import org.leadershipimpact.evaluation.report.EvaluationReport.MeasureLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.DoubleStream;

/**
 * A measure's XmR chart laid out for the page's SVG (templates/tags/xmr.html), from what projects-service
 * announced: the points joined by a line, each segment's mean (solid) and natural process limits
 * (dashed), the target if there is one, and the points of a special cause coloured as Making Data
 * Count colours them. Nothing is computed again here: the limits are the announced ones. Plain lines,
 * circles and text only, so that openhtmltopdf's SVG renderer draws it as a browser does.
 * {@code title} and {@code description} say in words what it shows.
 */
public record XmrChart(String title, String description, List<Dot> dots, String line, List<Segment> segments, Rule target,
        List<Tick> ticks, List<Tick> periods) {

    // narrower than the other charts: A4 between the page's margins holds 680 CSS pixels, and openhtmltopdf clips beyond
    static final int WIDTH = 660;
    static final int HEIGHT = 230;
    private static final int LEFT = 64;
    private static final int RIGHT = 650;
    private static final int TOP = 12;
    private static final int BOTTOM = 190;

    /** A point at (x, y), coloured by what it shows, with what it shows in words. */
    public record Dot(String x, String y, String colour, String shows) {
    }

    /** A segment's mean and, where it has them, its limits, drawn from {@code x1} to {@code x2}; a null y is not drawn. */
    public record Segment(String x1, String x2, String mean, String lower, String upper) {
    }

    /** A horizontal line across the plot. */
    public record Rule(String y, String label) {
    }

    /** An axis label at {@code at} (y for values, x for periods), its text anchored there by {@code anchor}. */
    public record Tick(String at, String label, String anchor) {
    }

    /** Null for a measure with no points to draw. */
    public static XmrChart of(MeasureLine measure) {
        List<ChartPoint> points = measure.points();
        if (points.isEmpty()) {
            return null;
        }
        Scale scale = Scale.of(measure);
        double step = (double) (RIGHT - LEFT) / points.size();
        List<Dot> dots = new ArrayList<>();
        StringJoiner line = new StringJoiner(" ");
        for (int i = 0; i < points.size(); i++) {
            ChartPoint point = points.get(i);
            String x = decimal(LEFT + (i + 0.5) * step);
            String y = scale.y(point.value());
            ChartSignal signal = signalAt(measure.signals(), point.period());
            String pointType = signal == null ? "COMMON_CAUSE" : signal.pointType();
            dots.add(new Dot(x, y, MdcIcon.variation(pointType, measure.direction()).colour(), Vocabulary.POINT_TYPE.label(pointType)));
            line.add(x + "," + y);
        }
        List<Segment> segments = new ArrayList<>();
        for (ChartSegment segment : measure.segments()) {
            int first = firstIndexFrom(points, segment.from());
            int last = lastIndexTo(points, segment.to());
            if (first > last) {
                continue;
            }
            segments.add(new Segment(decimal(LEFT + first * step), decimal(LEFT + (last + 1) * step), scale.y(segment.mean()),
                    segment.lowerLimit() == null ? null : scale.y(segment.lowerLimit()),
                    segment.upperLimit() == null ? null : scale.y(segment.upperLimit())));
        }
        Rule target = measure.target() == null ? null : new Rule(scale.y(measure.target()), "Target " + Wording.number(round(measure.target())));
        // the first and last periods, written inwards from the ends of the axis so that neither runs off the chart
        List<Tick> periods = points.size() == 1
                ? List.of(new Tick(decimal(LEFT + 0.5 * step), Wording.date(points.get(0).period()), "middle"))
                : List.of(new Tick(Integer.toString(LEFT), Wording.date(points.get(0).period()), "start"),
                        new Tick(Integer.toString(RIGHT), Wording.date(points.get(points.size() - 1).period()), "end"));
        return new XmrChart(title(measure), describe(measure), dots, line.toString(), segments, target, scale.ticks(), periods);
    }

    static String title(MeasureLine measure) {
        return measure.name() + (measure.unit() == null || measure.unit().isBlank() ? "" : " (" + measure.unit() + ")") + ": XmR chart";
    }

    /** The chart in words: its period, every segment's mean and limits, the target, and each special cause. */
    static String describe(MeasureLine measure) {
        List<ChartPoint> points = measure.points();
        StringJoiner text = new StringJoiner(" ");
        text.add(Wording.counted(points.size(), "point", "points") + " from " + Wording.date(points.get(0).period()) + " to "
                + Wording.date(points.get(points.size() - 1).period()) + ".");
        if (measure.segments().isEmpty()) {
            text.add("Its mean and process limits were not announced by projects-service, so only the points are shown.");
        }
        for (ChartSegment segment : measure.segments()) {
            String limits = segment.lowerLimit() == null || segment.upperLimit() == null ? "no process limits (too few points)"
                    : "lower process limit " + Wording.number(round(segment.lowerLimit())) + ", upper process limit "
                    + Wording.number(round(segment.upperLimit()));
            text.add((measure.segments().size() > 1 ? "From " + Wording.date(segment.from()) + " to " + Wording.date(segment.to()) + ": m"
                    : "M") + "ean " + Wording.number(round(segment.mean())) + ", " + limits + ".");
        }
        if (measure.target() != null) {
            text.add("Target " + Wording.number(round(measure.target())) + ".");
        }
        if (measure.signals().isEmpty()) {
            text.add("No special cause: the variation is common cause.");
        }
        for (ChartSignal signal : measure.signals()) {
            text.add(Vocabulary.SIGNAL.label(signal.signal()) + " (" + Vocabulary.POINT_TYPE.label(signal.pointType()).toLowerCase()
                    + "), " + (signal.from().equals(signal.to()) ? Wording.date(signal.from())
                    : Wording.date(signal.from()) + " to " + Wording.date(signal.to())) + ".");
        }
        return text.toString();
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return RIGHT;
    }

    public int top() {
        return TOP;
    }

    public int bottom() {
        return BOTTOM;
    }

    /** Value labels end just left of the axis. */
    public int axisLabelX() {
        return LEFT - 6;
    }

    /** Period labels sit below the plot. */
    public int periodY() {
        return BOTTOM + 16;
    }

    private static ChartSignal signalAt(List<ChartSignal> signals, LocalDate period) {
        return signals.stream().filter(s -> !period.isBefore(s.from()) && !period.isAfter(s.to())).findFirst().orElse(null);
    }

    private static int firstIndexFrom(List<ChartPoint> points, LocalDate from) {
        for (int i = 0; i < points.size(); i++) {
            if (!points.get(i).period().isBefore(from)) {
                return i;
            }
        }
        return points.size();
    }

    private static int lastIndexTo(List<ChartPoint> points, LocalDate to) {
        for (int i = points.size() - 1; i >= 0; i--) {
            if (!points.get(i).period().isAfter(to)) {
                return i;
            }
        }
        return -1;
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String decimal(double value) {
        return BarChart.decimal(value);
    }

    /** Values to heights: everything drawn (points, means, limits, target) fits, with a little room above and below. */
    private record Scale(double low, double high) {

        static Scale of(MeasureLine measure) {
            DoubleStream values = DoubleStream.concat(measure.points().stream().mapToDouble(ChartPoint::value),
                    measure.segments().stream().flatMap(s -> java.util.stream.Stream.of(s.mean(), s.lowerLimit(), s.upperLimit()))
                            .filter(v -> v != null).mapToDouble(Double::doubleValue));
            if (measure.target() != null) {
                values = DoubleStream.concat(values, DoubleStream.of(measure.target()));
            }
            double[] all = values.toArray();
            double low = DoubleStream.of(all).min().orElse(0);
            double high = DoubleStream.of(all).max().orElse(1);
            double room = high == low ? Math.max(Math.abs(high) * 0.1, 1) : (high - low) * 0.08;
            return new Scale(low - room, high + room);
        }

        String y(double value) {
            return decimal(BOTTOM - (value - low) / (high - low) * (BOTTOM - TOP));
        }

        /** Three labels up the axis: bottom, middle and top. */
        List<Tick> ticks() {
            List<Tick> ticks = new ArrayList<>();
            for (double v : new double[] {low, (low + high) / 2, high}) {
                ticks.add(new Tick(y(v), Wording.number(round(v)), "end"));
            }
            return ticks;
        }
    }
}
