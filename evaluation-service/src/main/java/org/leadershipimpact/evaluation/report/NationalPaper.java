package org.leadershipimpact.evaluation.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.leadershipimpact.evaluation.api.SummaryView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The national roll-up as a page (templates/report/national.html): one row per system, its headline figures
 * across, for one funding source or for everything. Systems go down the page, so that 42 of them still print
 * on A4 with the header row repeated on every page.
 */
public record NationalPaper(Comparison comparison, BoardPaper.About about, List<String> figures, List<Row> rows) {

    /** What the national endpoint answers: each system's figures, for the funding source named or (null) for all. */
    public record Comparison(String fundingSource, List<SummaryView> systems) {
    }

    /** A system and its figures, in the order of {@code figures}. */
    public record Row(String system, List<String> values) {
    }

    private static final Map<String, Function<SummaryView, String>> FIGURES = columns();

    @CheckedTemplate(basePath = "report")
    static class Templates {
        static native TemplateInstance national(NationalPaper paper);
    }

    public static NationalPaper of(Comparison comparison, BoardPaper.About about) {
        List<Row> rows = comparison.systems().stream()
                .map(s -> new Row(s.key(), FIGURES.values().stream().map(f -> f.apply(s)).toList())).toList();
        return new NationalPaper(comparison, about, List.copyOf(FIGURES.keySet()), rows);
    }

    public String render() {
        return Templates.national(this).render();
    }

    public String title() {
        return comparison.fundingSource() == null ? "Every system side by side" : comparison.fundingSource() + ": systems side by side";
    }

    /** The threshold below which counts are withheld, where any is (the same for every system). */
    public Integer suppressedBelow() {
        return comparison.systems().isEmpty() ? null : comparison.systems().get(0).suppressedBelow();
    }

    private static Map<String, Function<SummaryView, String>> columns() {
        Map<String, Function<SummaryView, String>> figures = new LinkedHashMap<>();
        figures.put("Programmes", s -> Wording.number(s.programmes().total()));
        figures.put("Funding", s -> Wording.pounds(s.programmes().fundingPence()));
        figures.put("Participants", s -> Wording.number(s.participants().total()));
        figures.put("Enrolments", s -> Wording.number(s.enrolments().total()));
        figures.put("Completion rate", s -> Wording.percent(s.enrolments().completionRatePercent()));
        figures.put("Attendance rate", s -> Wording.percent(s.attendance().ratePercent()));
        figures.put("Credits awarded", s -> Wording.number(s.credits().total()));
        figures.put("Projects", s -> Wording.number(s.projects().total()));
        figures.put("Benefits", s -> Wording.number(s.benefits().total()));
        figures.put("Improvement signals",
                s -> Wording.number(s.spcSignals().byPointType().getOrDefault("SPECIAL_CAUSE_IMPROVEMENT", 0L)));
        return figures;
    }
}
