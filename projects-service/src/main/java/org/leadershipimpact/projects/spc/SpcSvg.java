package org.leadershipimpact.projects.spc;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Draws a chart as a standalone SVG for reports and board papers, in Making Data Count's colours:
 * blue for improvement, orange for concern, purple for neutral special causes, grey for common cause.
 */
public final class SpcSvg {

    static final String IMPROVEMENT = "#289de0";
    static final String CONCERN = "#fab428";
    static final String NEUTRAL = "#361475";
    static final String COMMON = "#7b7d7d";
    static final String TARGET = "#de1b1b";

    private static final int WIDTH = 880;
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private SpcSvg() {
    }

    public static String render(String title, String unit, SpcChart chart, Double target) {
        StringBuilder svg = new StringBuilder(8_192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"Arial, sans-serif\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">\n");
        svg.append("<title id=\"chart-title\">").append(escape(title)).append("</title>\n");
        svg.append("<desc id=\"chart-desc\">").append(escape(description(chart))).append("</desc>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"28\" text-anchor=\"middle\" font-size=\"18\" font-weight=\"bold\">")
                .append(escape(title)).append("</text>\n");
        if (chart.points().isEmpty()) {
            svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\" font-size=\"14\">No data yet</text>\n</svg>\n");
            return svg.toString();
        }
        Scale scale = Scale.of(chart, target);
        axes(svg, scale, chart, unit);
        for (SpcChart.Segment segment : chart.segments()) {
            segmentLines(svg, scale, chart, segment);
        }
        if (target != null) {
            double y = scale.y(target);
            svg.append("<line class=\"target\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"").append(TARGET)
                    .append("\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/>\n");
        }
        dataLine(svg, scale, chart.points());
        for (int i = 0; i < chart.points().size(); i++) {
            SpcChart.Point point = chart.points().get(i);
            svg.append("<circle class=\"point ").append(cssClass(point.pointType())).append("\" cx=\"").append(fmt(scale.x(i)))
                    .append("\" cy=\"").append(fmt(scale.y(point.value()))).append("\" r=\"4\" fill=\"").append(colour(point.pointType()))
                    .append("\"><title>").append(escape(point.date().format(DAY) + ": " + number(point.value()) + " "
                            + point.specialCause().name().toLowerCase(Locale.ROOT).replace('_', ' '))).append("</title></circle>\n");
        }
        legend(svg, target != null);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void axes(StringBuilder svg, Scale scale, SpcChart chart, String unit) {
        int bottom = HEIGHT - BOTTOM;
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT).append("\" y2=\"")
                .append(bottom).append("\" stroke=\"#333\"/>\n");
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y2=\"").append(bottom).append("\" stroke=\"#333\"/>\n");
        for (int tick = 0; tick <= 4; tick++) {
            double value = scale.min + (scale.max - scale.min) * tick / 4;
            double y = scale.y(value);
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"end\" font-size=\"11\">")
                    .append(escape(number(value))).append("</text>\n");
        }
        svg.append("<text transform=\"translate(16 ").append((TOP + bottom) / 2).append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"12\">")
                .append(escape(unit)).append("</text>\n");
        List<SpcChart.Point> points = chart.points();
        int step = Math.max(1, points.size() / 6);
        for (int i = 0; i < points.size(); i += step) {
            svg.append("<text x=\"").append(fmt(scale.x(i))).append("\" y=\"").append(bottom + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"11\">").append(escape(points.get(i).date().format(DAY))).append("</text>\n");
        }
    }

    private static void segmentLines(StringBuilder svg, Scale scale, SpcChart chart, SpcChart.Segment segment) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < chart.points().size(); i++) {
            if (chart.points().get(i).segment() == segment.index()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        double x1 = scale.x(first) - (first == last ? 4 : 0);
        double x2 = scale.x(last) + (first == last ? 4 : 0);
        line(svg, "mean", x1, x2, scale, segment.mean(), "#000000", null);
        line(svg, "limit upper-limit", x1, x2, scale, segment.upperLimit(), "#555555", "6 4");
        line(svg, "limit lower-limit", x1, x2, scale, segment.lowerLimit(), "#555555", "6 4");
    }

    private static void line(StringBuilder svg, String cssClass, double x1, double x2, Scale scale, double value, String colour, String dash) {
        if (Double.isNaN(value)) {
            return;
        }
        double y = scale.y(value);
        svg.append("<line class=\"").append(cssClass).append("\" x1=\"").append(fmt(x1)).append("\" x2=\"").append(fmt(x2))
                .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"1.2\"");
        if (dash != null) {
            svg.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        svg.append("><title>").append(escape(cssClass.replace("limit ", "").replace('-', ' ') + " " + number(value)))
                .append("</title></line>\n");
    }

    private static void dataLine(StringBuilder svg, Scale scale, List<SpcChart.Point> points) {
        svg.append("<polyline class=\"data\" fill=\"none\" stroke=\"").append(COMMON).append("\" stroke-width=\"1.5\" points=\"");
        for (int i = 0; i < points.size(); i++) {
            svg.append(i == 0 ? "" : " ").append(fmt(scale.x(i))).append(',').append(fmt(scale.y(points.get(i).value())));
        }
        svg.append("\"/>\n");
    }

    private static void legend(StringBuilder svg, boolean withTarget) {
        int y = HEIGHT - 14;
        int x = LEFT;
        String[][] items = {{IMPROVEMENT, "Improvement"}, {CONCERN, "Concern"}, {NEUTRAL, "Neutral special cause"}, {COMMON, "Common cause"}};
        for (String[] item : items) {
            svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y - 4).append("\" r=\"4\" fill=\"").append(item[0]).append("\"/>");
            svg.append("<text x=\"").append(x + 8).append("\" y=\"").append(y).append("\" font-size=\"11\">").append(item[1]).append("</text>\n");
            x += 150;
        }
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"11\">— mean  - - process limits")
                .append(withTarget ? "  ··· target" : "").append("</text>\n");
    }

    static String description(SpcChart chart) {
        long improvement = chart.points().stream().filter(p -> p.pointType() == PointType.SPECIAL_CAUSE_IMPROVEMENT).count();
        long concern = chart.points().stream().filter(p -> p.pointType() == PointType.SPECIAL_CAUSE_CONCERN).count();
        return chart.points().size() + " points in " + chart.segments().size() + " segment(s); " + improvement
                + " special cause improvement, " + concern + " special cause concern"
                + (chart.assurance() == null ? "" : "; assurance: " + chart.assurance().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    static String colour(PointType type) {
        return switch (type) {
            case SPECIAL_CAUSE_IMPROVEMENT -> IMPROVEMENT;
            case SPECIAL_CAUSE_CONCERN -> CONCERN;
            case SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW -> NEUTRAL;
            case COMMON_CAUSE -> COMMON;
        };
    }

    private static String cssClass(PointType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String number(double value) {
        return String.format(Locale.UK, "%,.2f", value);
    }

    /** Maps values and point positions to the plot area. */
    private record Scale(double min, double max, int count) {

        static Scale of(SpcChart chart, Double target) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (SpcChart.Point point : chart.points()) {
                for (double v : new double[] {point.value(), point.lowerLimit(), point.upperLimit()}) {
                    if (!Double.isNaN(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
            if (target != null) {
                min = Math.min(min, target);
                max = Math.max(max, target);
            }
            double pad = max > min ? (max - min) * 0.08 : Math.max(1, Math.abs(max) * 0.1);
            return new Scale(min - pad, max + pad, chart.points().size());
        }

        double x(int index) {
            double width = WIDTH - LEFT - RIGHT - 20;
            return LEFT + 10 + (count == 1 ? width / 2 : width * index / (count - 1));
        }

        double y(double value) {
            double height = HEIGHT - TOP - BOTTOM;
            return TOP + height * (max - value) / (max - min);
        }
    }
}
