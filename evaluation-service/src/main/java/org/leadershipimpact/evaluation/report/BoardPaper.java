package org.leadershipimpact.evaluation.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.leadershipimpact.evaluation.report.EvaluationReport.InstrumentResults;
import org.leadershipimpact.evaluation.report.EvaluationReport.QuestionResults;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as a board paper: everything the page template shows, laid out but not yet written as
 * HTML (templates/report/paper.html writes it, escaping every value). Self-contained: charts are inline
 * SVG, nothing is fetched from elsewhere and there is no script.
 */
public record BoardPaper(EvaluationReport report, About about, BarChart professions, BarChart sectors, BarChart stages,
        BarChart themes, BarChart signals, BarChart costAndBenefits, DumbbellChart learning, List<Instrument> reaction,
        List<Instrument> behaviour, List<Measure> measures, List<List<MdcIcon>> legend) {

    /**
     * What the reader is reading: when it was drawn up, the moment the newest event it reflects was
     * applied, and which release of the platform drew it.
     */
    public record About(Instant generatedAt, Instant dataAsOf, String platformVersion) {
    }

    /** A survey's results with its chart of mean ratings, when it has Likert questions. */
    public record Instrument(InstrumentResults results, BarChart ratings) {
    }

    /**
     * A measure with its chart's icons and its XmR chart; an icon is null when the chart has no points (variation) or no
     * target (assurance), the chart when it has no points.
     */
    public record Measure(EvaluationReport.MeasureLine line, MdcIcon variation, MdcIcon assurance, XmrChart chart) {

        public static Measure of(EvaluationReport.MeasureLine m) {
            return new Measure(m, MdcIcon.variation(m.variation(), m.direction()), MdcIcon.assurance(m.assurance()), XmrChart.of(m));
        }
    }

    @CheckedTemplate(basePath = "report")
    static class Templates {
        static native TemplateInstance paper(BoardPaper paper);
    }

    public static BoardPaper of(EvaluationReport r, About about) {
        var participants = r.participation().participants();
        var behaviour = r.level3();
        var roi = r.roi();
        double cost = roi.costPence() / 100.0;
        double benefits = roi.benefitsCountedPence().doubleValue() / 100;
        BarChart money = BarChart.of("Cost and counted benefits", List.of("Cost", "Benefits counted"), List.of(cost, benefits),
                Math.max(Math.max(cost, benefits), 1), Colours.BLUE, pounds -> Wording.pounds(BigDecimal.valueOf(pounds * 100)));
        return new BoardPaper(r, about,
                BarChart.ofCounts("Participants by profession", participants.byProfession(), Vocabulary.PROFESSION, Colours.BLUE),
                BarChart.ofCounts("Participants by sector", participants.bySector(), Vocabulary.SECTOR, Colours.GREEN),
                BarChart.ofCounts("Projects by stage", behaviour.projectsByStage(), Vocabulary.PROJECT_STAGE, Colours.BLUE),
                BarChart.ofCounts("Projects by theme", behaviour.projectsByTheme(), Vocabulary.THEME, Colours.GREEN),
                BarChart.ofCounts("SPC signals by what they show", r.level4().spcSignalsByPointType(), Vocabulary.POINT_TYPE, Colours.BLUE),
                money,
                r.level2().dimensions().isEmpty() ? null : DumbbellChart.of(r.level2().dimensions()),
                instruments(r.level1()), instruments(behaviour.instruments()),
                r.level4().measures().stream().map(Measure::of).toList(),
                MdcIcon.legendInPairs());
    }

    public String render() {
        return Templates.paper(this).render();
    }

    public String title() {
        return report.cohortName() == null ? report.title() : report.title() + ": " + report.cohortName();
    }

    private static List<Instrument> instruments(List<InstrumentResults> results) {
        List<Instrument> instruments = new ArrayList<>();
        for (InstrumentResults instrument : results) {
            List<String> labels = new ArrayList<>();
            List<Double> means = new ArrayList<>();
            for (QuestionResults q : instrument.questions()) {
                if ("LIKERT_5".equals(q.type()) && q.mean() != null) {
                    labels.add(q.code());
                    means.add(q.mean().doubleValue());
                }
            }
            instruments.add(new Instrument(instrument, labels.isEmpty() ? null
                    : BarChart.of("Mean rating of each question, 1 to 5", labels, means, 5, Colours.GREEN,
                            mean -> Wording.number(BigDecimal.valueOf(mean).setScale(2, java.math.RoundingMode.HALF_UP)))));
        }
        return instruments;
    }
}
