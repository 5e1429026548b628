package org.leadershipimpact.evaluation.report;

import org.leadershipimpact.evaluation.report.EvaluationReport.Attribution;
import org.leadershipimpact.evaluation.report.EvaluationReport.BenefitLine;
import org.leadershipimpact.evaluation.report.EvaluationReport.BenefitValue;
import org.leadershipimpact.evaluation.report.EvaluationReport.Derivation;
import org.leadershipimpact.evaluation.report.EvaluationReport.DimensionChange;
import org.leadershipimpact.evaluation.report.EvaluationReport.InstrumentResults;
import org.leadershipimpact.evaluation.report.EvaluationReport.QuestionResults;
import org.leadershipimpact.evaluation.report.EvaluationReport.Sensitivity;
import org.leadershipimpact.evaluation.report.EvaluationReport.SensitivityRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as a printable page for a board paper: self-contained HTML, charts as inline SVG, no
 * script and nothing fetched from elsewhere. Every value from the data is escaped.
 */
public final class ReportPage {

    private static final String GREEN = "#007f3b";
    private static final String BLUE = "#005eb8";
    private static final String GREY = "#768692";
    private static final String RED = "#da291c";

    private final StringBuilder html = new StringBuilder();

    private ReportPage() {
    }

    public static String render(EvaluationReport r) {
        return new ReportPage().page(r);
    }

    private String page(EvaluationReport r) {
        String title = r.cohortName() == null ? r.title() : r.title() + ": " + r.cohortName();
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Evaluation report: ")
                .append(esc(title)).append("</title>\n<style>")
                .append("body{font-family:Arial,Helvetica,sans-serif;color:#212b32;max-width:960px;margin:2em auto;padding:0 1em}")
                .append("h1{color:").append(BLUE).append("}h2{border-bottom:2px solid ").append(BLUE).append(";padding-bottom:.2em;margin-top:2em}")
                .append("table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #d8dde0;padding:.3em .5em;text-align:left}")
                .append("td.n{text-align:right}.headline{display:flex;gap:1em;flex-wrap:wrap}")
                .append(".figure{border:1px solid #d8dde0;padding:.6em 1em;min-width:9em}.figure b{display:block;font-size:1.6em}")
                .append("@media print{body{margin:0}h2{page-break-after:avoid}svg,table{page-break-inside:avoid}}")
                .append("</style></head><body>\n");
        html.append("<h1>").append(esc(title)).append("</h1>\n<p>System ").append(esc(r.systemCode()))
                .append(". Benefits valued from ").append(r.parameters().benefitsFrom()).append(" for ").append(r.parameters().benefitMonths())
                .append(" months, at evidence level ").append(esc(r.parameters().evidenceLevel())).append(" or above (parameters under "
                        + "Return on investment).</p>\n");
        if (r.suppressedBelow() != null) {
            html.append("<p>Counts of fewer than ").append(r.suppressedBelow()).append(" people are withheld and shown as –.</p>\n");
        }
        headline(r);
        participation(r);
        levelOne(r.level1());
        levelTwo(r.level2());
        levelThree(r.level3());
        levelFour(r.level4());
        roi(r.roi(), r.parameters());
        evaluations(r.independentEvaluations());
        html.append("<p><small>Kirkpatrick levels: 1 reaction, 2 learning, 3 behaviour, 4 results. ROI by the Phillips methodology.</small></p>")
                .append("</body></html>\n");
        return html.toString();
    }

    private void headline(EvaluationReport r) {
        var p = r.participation();
        html.append("<div class=\"headline\">");
        figure("Participants", count(p.participants().total()));
        figure("Completion rate", percent(p.enrolments().completionRatePercent()));
        figure("Attendance rate", percent(p.attendance().ratePercent()));
        figure("Improvement projects", Long.toString(r.level3().projectsStarted()));
        figure("ROI", percent(r.roi().roiPercent()));
        figure("Benefit–cost ratio", ratio(r.roi().benefitCostRatio()));
        html.append("</div>\n");
    }

    private void figure(String label, String value) {
        html.append("<div class=\"figure\"><b>").append(esc(value)).append("</b>").append(esc(label)).append("</div>");
    }

    private void participation(EvaluationReport r) {
        var p = r.participation().participants();
        html.append("<h2>Who took part</h2>\n");
        html.append("<p>").append(p.organisationsReached()).append(" organisations and ").append(p.sectorsReached())
                .append(" sectors reached.</p>\n");
        bars("Participants by profession", p.byProfession(), BLUE);
        bars("Participants by sector", p.bySector(), GREEN);
    }

    private void levelOne(List<InstrumentResults> instruments) {
        html.append("<h2>Level 1: reaction</h2>\n");
        if (instruments.isEmpty()) {
            html.append("<p>No reaction surveys.</p>\n");
        }
        instruments.forEach(this::instrument);
    }

    private void instrument(InstrumentResults instrument) {
        html.append("<h3>").append(esc(instrument.title())).append("</h3>\n<p>").append(count(instrument.responses()))
                .append(" responses.</p>\n");
        List<String> labels = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        html.append("<table><tr><th>Question</th><th>n</th><th>Mean</th><th>SD</th><th>Answers</th></tr>\n");
        for (QuestionResults q : instrument.questions()) {
            html.append("<tr><td>").append(esc(q.text())).append("</td><td class=\"n\">").append(count(q.n()))
                    .append("</td><td class=\"n\">").append(number(q.mean())).append("</td><td class=\"n\">")
                    .append(number(q.standardDeviation())).append("</td><td>").append(distribution(q.distribution())).append("</td></tr>\n");
            if ("LIKERT_5".equals(q.type()) && q.mean() != null) {
                labels.add(q.code());
                means.add(q.mean().doubleValue());
            }
        }
        html.append("</table>\n");
        if (!labels.isEmpty()) {
            horizontalBars("Mean rating (1 to 5)", labels, means, 5, GREEN);
        }
    }

    private void levelTwo(EvaluationReport.Learning learning) {
        html.append("<h2>Level 2: learning</h2>\n");
        if (learning.dimensions().isEmpty()) {
            html.append("<p>No paired before-and-after self-assessments yet.</p>\n");
            return;
        }
        html.append("<table><tr><th>Dimension</th><th>n</th><th>Before</th><th>After</th><th>Change</th><th>95% interval</th>")
                .append("<th>Effect size (d<sub>z</sub>)</th></tr>\n");
        for (DimensionChange d : learning.dimensions()) {
            html.append("<tr><td>").append(esc(d.dimension())).append("</td><td class=\"n\">").append(count(d.n()))
                    .append("</td><td class=\"n\">").append(number(d.meanBefore())).append("</td><td class=\"n\">").append(number(d.meanAfter()))
                    .append("</td><td class=\"n\">").append(number(d.meanDifference())).append("</td><td class=\"n\">")
                    .append(d.lower95() == null ? "–" : number(d.lower95()) + " to " + number(d.upper95()))
                    .append("</td><td class=\"n\">").append(number(d.effectSize())).append("</td></tr>\n");
        }
        html.append("</table>\n");
        dumbbells(learning.dimensions());
    }

    private void levelThree(EvaluationReport.Behaviour b) {
        html.append("<h2>Level 3: behaviour</h2>\n<p>").append(b.projectsStarted()).append(" improvement projects started, ")
                .append(b.projectsImplemented()).append(" implemented; ").append(b.projectLeads()).append(" participant leads; ")
                .append(b.pdsaCyclesCompleted()).append(" PDSA cycles completed; ").append(b.milestonesAchieved())
                .append(" milestones achieved.</p>\n");
        bars("Projects by stage", b.projectsByStage(), BLUE);
        bars("Projects by theme", b.projectsByTheme(), GREEN);
        b.instruments().forEach(this::instrument);
    }

    private void levelFour(EvaluationReport.Results results) {
        html.append("<h2>Level 4: results</h2>\n");
        benefitTable(results.benefits());
        html.append("<p>").append(results.measuresImproving()).append(" measures show special cause improvement on their SPC charts.</p>\n");
        bars("SPC signals", results.spcSignalsByPointType(), BLUE);
    }

    private void benefitTable(List<BenefitLine> lines) {
        if (lines.isEmpty()) {
            html.append("<p>No benefits recorded.</p>\n");
            return;
        }
        html.append("<table><tr><th>Category</th><th>Value</th><th>Unit</th><th>Evidence</th><th>Cashable</th><th>Benefits</th></tr>\n");
        for (BenefitLine line : lines) {
            html.append("<tr><td>").append(esc(line.category())).append("</td><td class=\"n\">").append(grouped(line.value()))
                    .append("</td><td>").append(esc(line.unit())).append("</td><td>").append(esc(line.evidenceLevel()))
                    .append("</td><td>").append(line.cashable() ? "yes" : "no").append("</td><td class=\"n\">").append(line.count())
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void roi(EvaluationReport.Roi roi, EvaluationReport.Parameters p) {
        html.append("<h2>Return on investment</h2>\n<p>").append(esc(roi.statement())).append("</p>\n<table>")
                .append("<tr><th>Fully loaded cost</th><td class=\"n\">").append(pounds(BigDecimal.valueOf(roi.costs().totalPence()))).append("</td></tr>")
                .append("<tr><th>Cost with optimism bias (").append(p.costOptimismBias().toPlainString()).append("%)</th><td class=\"n\">")
                .append(pounds(BigDecimal.valueOf(roi.costPence()))).append("</td></tr>")
                .append("<tr><th>Benefits claimed (present value)</th><td class=\"n\">").append(pounds(roi.benefitsClaimedPence())).append("</td></tr>")
                .append("<tr><th>Benefits counted</th><td class=\"n\">").append(pounds(roi.benefitsCountedPence())).append("</td></tr>")
                .append("<tr><th>Net benefit</th><td class=\"n\">").append(pounds(roi.netBenefitPence())).append("</td></tr>")
                .append("<tr><th>ROI</th><td class=\"n\">").append(percent(roi.roiPercent()))
                .append("</td></tr><tr><th>Benefit–cost ratio</th><td class=\"n\">").append(ratio(roi.benefitCostRatio()))
                .append("</td></tr><tr><th>Break-even attribution</th><td class=\"n\">")
                .append(percent(roi.sensitivity().breakEvenAttributionPercent())).append("</td></tr></table>\n");
        if (!roi.costs().fullyLoaded()) {
            html.append("<p><strong>Only the programme's funding is recorded as cost:</strong> participants' time and other costs are "
                    + "missing, so this ROI is likely overstated.</p>\n");
        }
        double cost = roi.costPence();
        double benefits = roi.benefitsCountedPence().doubleValue();
        horizontalBars("Cost and counted benefits (£)", List.of("Cost", "Benefits"), List.of(cost / 100, benefits / 100),
                Math.max(Math.max(cost, benefits) / 100, 1), BLUE);
        benefitValues(roi.benefits());
        sensitivity(roi.sensitivity());
        html.append("<h3>Parameters</h3>\n<p>Evidence level ").append(esc(p.evidenceLevel())).append(" or above; ")
                .append(p.benefitMonths()).append(" months from ").append(p.benefitsFrom()).append("; discount rate ")
                .append(p.discountRate().toPlainString()).append("% a year; attribution ").append(esc(p.attribution()))
                .append("; unit values ").append(p.monetiseUnitValues() ? "monetised" : "not monetised").append("; optimism bias ")
                .append(p.costOptimismBias().toPlainString()).append("% on costs, ").append(p.benefitOptimismBias().toPlainString())
                .append("% on benefits.</p>\n<ul>");
        roi.basis().forEach(b -> html.append("<li>").append(esc(b)).append("</li>"));
        html.append("</ul>\n<h3>Intangible benefits (reported, not monetised)</h3>\n");
        if (roi.intangibles().isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<table><tr><th>Unit</th><th>Benefits</th><th>Value as recorded</th></tr>\n");
        roi.intangibles().forEach(i -> html.append("<tr><td>").append(esc(i.unit())).append("</td><td class=\"n\">").append(i.benefits())
                .append("</td><td class=\"n\">").append(grouped(i.value())).append("</td></tr>\n"));
        html.append("</table>\n");
    }

    /** Each benefit: what was claimed, the share the programme caused and how that was found, what counts, and why. */
    private void benefitValues(List<BenefitValue> benefits) {
        html.append("<h3>Value of each benefit</h3>\n");
        if (benefits.isEmpty()) {
            html.append("<p>No benefits recorded.</p>\n");
            return;
        }
        html.append("<table><tr><th>Benefit</th><th>Claimed</th><th>Present value</th><th>Share</th><th>Method</th><th>Confidence</th>")
                .append("<th>Counted</th><th>Status</th></tr>\n");
        for (BenefitValue b : benefits) {
            Attribution a = b.attribution();
            html.append("<tr><td>").append(esc(b.category())).append(" (").append(esc(b.recurrence().toLowerCase(Locale.UK)))
                    .append(", ").append(esc(b.evidenceLevel())).append(")").append(derivation(b.derivation()))
                    .append("</td><td class=\"n\">").append(b.claimedValuePence() == null ? grouped(b.value()) + " " + esc(b.unit())
                            : pounds(b.claimedValuePence()))
                    .append("</td><td class=\"n\">").append(b.claimedPresentValuePence() == null ? "–" : pounds(b.claimedPresentValuePence()))
                    .append("</td><td class=\"n\">").append(a == null ? "–" : percent(a.share()))
                    .append("</td><td>").append(a == null ? "not isolated" : esc(a.method()) + (a.estimatedBy() == null ? ""
                            : " by " + esc(a.estimatedBy())) + (a.estimatedOn() == null ? "" : ", " + a.estimatedOn()))
                    .append("</td><td class=\"n\">").append(a == null ? "–" : percent(a.confidence()))
                    .append("</td><td class=\"n\">").append(pounds(b.countedPence())).append(" (").append(percent(b.countedSharePercent()))
                    .append(")</td><td>").append(esc(b.status())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static String derivation(Derivation d) {
        if (d == null) {
            return "";
        }
        return "<br><small>derived from measure " + esc(d.measureId().toString()) + ": " + esc(d.status())
                + (d.change() == null ? "" : ", mean " + d.beforeMean() + " before, " + d.afterMean() + " after, change " + d.change())
                + "</small>";
    }

    private void sensitivity(Sensitivity sensitivity) {
        html.append("<h3>Sensitivity</h3>\n<table><tr><th>Evidence at least</th><th>Horizon</th><th>Counted, adjusted</th>")
                .append("<th>ROI, adjusted</th><th>BCR, adjusted</th><th>Counted as claimed</th><th>ROI as claimed</th>")
                .append("<th>BCR as claimed</th></tr>\n");
        for (SensitivityRow row : sensitivity.rows()) {
            html.append("<tr><td>").append(esc(row.evidenceLevel())).append("</td><td class=\"n\">").append(row.benefitMonths() / 12)
                    .append(row.benefitMonths() == 12 ? " year" : " years").append("</td><td class=\"n\">")
                    .append(pounds(row.adjustedBenefitsPence())).append("</td><td class=\"n\">").append(percent(row.adjustedRoiPercent()))
                    .append("</td><td class=\"n\">").append(ratio(row.adjustedBenefitCostRatio())).append("</td><td class=\"n\">")
                    .append(pounds(row.claimedBenefitsPence())).append("</td><td class=\"n\">").append(percent(row.claimedRoiPercent()))
                    .append("</td><td class=\"n\">").append(ratio(row.claimedBenefitCostRatio())).append("</td></tr>\n");
        }
        html.append("</table>\n<p>Break-even attribution: ");
        html.append(sensitivity.breakEvenAttributionPercent() == null ? "none (nothing is claimed in money)"
                : sensitivity.breakEvenAttributionPercent().toPlainString() + "% of the benefits claimed must be the programme's doing "
                        + "for ROI to be 0").append(".</p>\n");
    }

    private static String ratio(BigDecimal value) {
        return value == null ? "–" : value.toPlainString() + " : 1";
    }

    private void evaluations(List<EvaluationReport.Evaluation> evaluations) {
        html.append("<h2>Independent evaluation</h2>\n");
        if (evaluations.isEmpty()) {
            html.append("<p>None recorded.</p>\n");
        }
        for (EvaluationReport.Evaluation e : evaluations) {
            html.append("<h3>").append(esc(e.evaluator())).append(", ").append(e.reportedOn()).append("</h3>\n<p><em>")
                    .append(esc(e.method())).append("</em></p>\n<p>").append(esc(e.findings())).append("</p>\n");
            if (e.link() != null) {
                html.append("<p><a href=\"").append(esc(e.link())).append("\">").append(esc(e.link())).append("</a></p>\n");
            }
        }
    }

    private void bars(String title, Map<String, Long> counts, String colour) {
        if (counts == null || counts.isEmpty()) {
            return;
        }
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        counts.forEach((label, n) -> {
            labels.add(label);
            values.add(n == null ? 0 : n.doubleValue());
        });
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        horizontalBars(title, labels, values, Math.max(max, 1), colour);
    }

    /** A horizontal bar chart: one bar per label, scaled to {@code max}, with the value at the end of the bar. */
    private void horizontalBars(String title, List<String> labels, List<Double> values, double max, String colour) {
        int row = 22;
        int labelWidth = 260;
        int barWidth = 420;
        int height = 30 + row * labels.size();
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"760\" height=\"").append(height)
                .append("\" viewBox=\"0 0 760 ").append(height).append("\"><title>").append(esc(title)).append("</title>")
                .append("<text x=\"0\" y=\"16\" font-size=\"14\" font-weight=\"bold\">").append(esc(title)).append("</text>");
        for (int i = 0; i < labels.size(); i++) {
            int y = 26 + i * row;
            double width = max <= 0 ? 0 : values.get(i) / max * barWidth;
            html.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 14)
                    .append("\" font-size=\"12\" text-anchor=\"end\">").append(esc(labels.get(i))).append("</text>")
                    .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 2).append("\" width=\"")
                    .append(fmt(width)).append("\" height=\"").append(row - 6).append("\" fill=\"").append(colour).append("\"/>")
                    .append("<text x=\"").append(fmt(labelWidth + width + 4)).append("\" y=\"").append(y + 14)
                    .append("\" font-size=\"12\">").append(esc(grouped(BigDecimal.valueOf(values.get(i))))).append("</text>");
        }
        html.append("</svg>\n");
    }

    /** Before → after per dimension on a 1–5 scale: grey dot before, coloured dot after (green up, red down). */
    private void dumbbells(List<DimensionChange> dimensions) {
        int row = 24;
        int left = 260;
        int width = 420;
        int height = 50 + row * dimensions.size();
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"760\" height=\"").append(height)
                .append("\" viewBox=\"0 0 760 ").append(height).append("\"><title>Self-assessment before and after</title>")
                .append("<text x=\"0\" y=\"16\" font-size=\"14\" font-weight=\"bold\">Self-assessment before (grey) and after</text>");
        for (int tick = 1; tick <= 5; tick++) {
            double x = left + (tick - 1) / 4.0 * width;
            html.append("<line x1=\"").append(fmt(x)).append("\" y1=\"24\" x2=\"").append(fmt(x)).append("\" y2=\"").append(height - 14)
                    .append("\" stroke=\"#d8dde0\"/><text x=\"").append(fmt(x)).append("\" y=\"").append(height - 2)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(tick).append("</text>");
        }
        for (int i = 0; i < dimensions.size(); i++) {
            DimensionChange d = dimensions.get(i);
            int y = 36 + i * row;
            html.append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 4).append("\" font-size=\"12\" text-anchor=\"end\">")
                    .append(esc(d.dimension())).append("</text>");
            if (d.meanBefore() == null) {
                continue;
            }
            double x1 = left + (d.meanBefore().doubleValue() - 1) / 4 * width;
            double x2 = left + (d.meanAfter().doubleValue() - 1) / 4 * width;
            String colour = d.meanDifference().signum() >= 0 ? GREEN : RED;
            html.append("<line x1=\"").append(fmt(x1)).append("\" y1=\"").append(y).append("\" x2=\"").append(fmt(x2)).append("\" y2=\"")
                    .append(y).append("\" stroke=\"").append(colour).append("\" stroke-width=\"3\"/>")
                    .append("<circle cx=\"").append(fmt(x1)).append("\" cy=\"").append(y).append("\" r=\"5\" fill=\"").append(GREY).append("\"/>")
                    .append("<circle cx=\"").append(fmt(x2)).append("\" cy=\"").append(y).append("\" r=\"5\" fill=\"").append(colour).append("\"/>");
        }
        html.append("</svg>\n");
    }

    private static String distribution(Map<String, Long> distribution) {
        if (distribution == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        distribution.forEach((answer, n) -> text.append(text.length() == 0 ? "" : "; ").append(esc(answer)).append(": ").append(n));
        return text.toString();
    }

    private static String count(Long n) {
        return n == null ? "–" : Long.toString(n);
    }

    private static String number(BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }

    private static String percent(BigDecimal value) {
        return value == null ? "–" : value.toPlainString() + "%";
    }

    private static String pounds(BigDecimal pence) {
        return Pounds.whole(pence);
    }

    private static String grouped(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static String fmt(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
