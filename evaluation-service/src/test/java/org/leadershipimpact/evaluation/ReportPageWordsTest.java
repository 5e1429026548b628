package org.leadershipimpact.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.evaluation.report.EvaluationReport;
import org.leadershipimpact.evaluation.report.EvaluationReport.Attribution;
import org.leadershipimpact.evaluation.report.EvaluationReport.BenefitLine;
import org.leadershipimpact.evaluation.report.EvaluationReport.BenefitValue;
import org.leadershipimpact.evaluation.report.EvaluationReport.Derivation;
import org.leadershipimpact.evaluation.report.EvaluationReport.SensitivityRow;
import org.leadershipimpact.evaluation.report.Vocabulary;
import org.leadershipimpact.evaluation.rest.ReportPages;
import org.leadershipimpact.evaluation.api.SummaryView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page speaks in words: a report holding every code of every vocabulary the page shows is
 * rendered, and no code may be seen raw. Built from records, not events, so every code is there.
 */
@QuarkusTest
class ReportPageWordsTest {

    /** What a code looks like: capitals joined by underscores. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b");

    @Inject
    ReportPages pages;

    @Test
    void everyCodeIsShownWithItsLabelAndNoneRaw() {
        String text = PageText.of(pages.html(everyCode(5, null)));
        assertEquals(List.of(), codesIn(text), "codes shown raw");
        for (Vocabulary vocabulary : List.of(Vocabulary.PROFESSION, Vocabulary.SECTOR, Vocabulary.PROJECT_STAGE, Vocabulary.THEME,
                Vocabulary.POINT_TYPE, Vocabulary.ISOLATION_METHOD, Vocabulary.VALUE_STATUS, Vocabulary.BENEFIT_CATEGORY)) {
            vocabulary.labels().forEach((code, label) -> {
                assertTrue(text.contains(label), vocabulary + " " + code + " is shown as \"" + label + "\"");
                if (!label.contains(code)) {
                    assertFalse(Pattern.compile("\\b" + code + "\\b").matcher(text).find(), vocabulary + " " + code + " is shown raw");
                }
            });
        }
        assertTrue(text.contains("New kind of thing"), "a code the list does not know yet is still put in words");
    }

    @Test
    void countsAgreeWithTheirNounsAndMoneyReadsAsInAFinancePaper() {
        String one = PageText.of(pages.html(everyCode(1, null)));
        assertTrue(one.contains("1 measure shows special cause improvement"), one);
        assertTrue(one.contains("1 organisation and 1 sector reached"), one);
        String three = PageText.of(pages.html(everyCode(3, null)));
        assertTrue(three.contains("3 measures show special cause improvement"), three);
        assertTrue(three.contains("Net benefit (£12,346)"), "a loss in brackets");
        assertTrue(three.contains("£4.0m Benefits counted"), "millions in the headline");
        assertTrue(three.contains("Fully loaded cost £4,012,346"), "whole pounds in tables");
    }

    @Test
    void noReturnOnInvestmentIsHeadlinedWhenNothingCountsInMoneyAndTheStatementSaysWhy() {
        String statement = "No benefit counts in money, so no ROI is given (−100 % would be no finding): 1 benefit not isolated.";
        String text = PageText.of(pages.html(everyCode(2, statement)));
        assertTrue(text.contains("Not given Return on investment"), text);
        assertTrue(text.contains(statement));
        assertFalse(text.contains("−100.0 %"));
    }

    @Test
    void theOpenApiDocumentDescribesCodesWithTheWordsThePageUses() {
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertTrue(openApi.getString("components.schemas.SummaryParticipants.properties.byProfession.description")
                .contains("CONSULTANT = " + Vocabulary.PROFESSION.label("CONSULTANT")));
        assertTrue(openApi.getString("components.schemas.ReportBenefitValue.properties.status.description")
                .contains("NOT_ISOLATED = " + Vocabulary.VALUE_STATUS.label("NOT_ISOLATED")));
        assertTrue(openApi.getString("components.schemas.ReportAttribution.properties.method.description")
                .contains("PARTICIPANTS_ESTIMATE = " + Vocabulary.ISOLATION_METHOD.label("PARTICIPANTS_ESTIMATE")));
    }

    @Test
    void everyMeasureShowsItsMakingDataCountIconsWithTheirMeaningAndALegend() {
        String html = pages.html(everyCode(2, null));
        String text = PageText.of(html);
        for (String words : List.of("Measures: Making Data Count summary", "What the icons mean (NHS England, Making Data Count)",
                "Special cause improvement (higher values)", "Special cause improvement (lower values)",
                "Special cause concern (higher values)", "Special cause concern (lower values)", "Common cause variation",
                "Consistently passes the target", "Hits and misses the target", "Consistently fails the target", "No points yet",
                "No target to assure")) {
            assertTrue(text.contains(words), "the page says \"" + words + "\"");
        }
        assertTrue(html.contains("aria-label=\"Special cause improvement (lower values)\""), "each icon says what it means");
        assertTrue(Pattern.compile(">L</text>").matcher(html).find() && html.contains(">H</text>") && html.contains(">P</text>")
                && html.contains(">F</text>") && html.contains(">?</text>"), "icons carry Making Data Count's letters");
    }

    /** Whatever in a page's text looks like a code. */
    static List<String> codesIn(String text) {
        Matcher raw = CODE.matcher(text);
        List<String> seen = new ArrayList<>();
        while (raw.find()) {
            seen.add(raw.group());
        }
        return seen;
    }

    /** {@code n} of each countable thing; {@code noRoi}: the statement of a report with nothing counted in money. */
    private static EvaluationReport everyCode(long n, String noRoi) {
        Map<String, Long> professions = every(Vocabulary.PROFESSION, n);
        professions.put("NEW_KIND_OF_THING", n);
        SummaryView participation = new SummaryView("PROGRAMME", UUID.randomUUID().toString(), "Surrey 500",
                new SummaryView.Programmes(1L, Map.of(), Map.of(), 0), 1L, 1L,
                new SummaryView.Participants(n, professions, every(Vocabulary.SECTOR, n), n, n),
                new SummaryView.Enrolments(n, Map.of(), Map.of(), new BigDecimal("82.5"), new BigDecimal("7.5")),
                new SummaryView.Attendance(n, n, 0, 0, new BigDecimal("87.3")), new SummaryView.Credits(n, n),
                new SummaryView.Projects(n, Map.of(), Map.of()), new SummaryView.Benefits(n, Map.of(), Map.of(), List.of()),
                new SummaryView.Signals(n, Map.of(), Map.of()), null);
        List<BenefitValue> benefits = new ArrayList<>();
        List<String> methods = new ArrayList<>(Vocabulary.ISOLATION_METHOD.labels().keySet());
        List<String> statuses = new ArrayList<>(Vocabulary.VALUE_STATUS.labels().keySet());
        List<String> categories = new ArrayList<>(Vocabulary.BENEFIT_CATEGORY.labels().keySet());
        for (int i = 0; i < Math.max(methods.size(), statuses.size()); i++) {
            benefits.add(new BenefitValue(UUID.randomUUID(), UUID.randomUUID(), categories.get(i % categories.size()),
                    new BigDecimal("4000000"), "GBP", "INDEPENDENTLY_EVALUATED", "ANNUAL", null, LocalDate.of(2026, 1, 1), null,
                    new BigDecimal("400000000"), new BigDecimal("400000000"),
                    new Attribution(new BigDecimal("25"), methods.get(i % methods.size()), new BigDecimal("80"), "Team managers",
                            LocalDate.of(2026, 6, 30)),
                    new BigDecimal("20.00"), new BigDecimal("80000000"), statuses.get(i % statuses.size()),
                    new Derivation(UUID.randomUUID(), "NO_IMPROVEMENT", null, null, null, null, null), null));
        }
        List<BenefitLine> lines = Vocabulary.BENEFIT_CATEGORY.labels().keySet().stream()
                .map(category -> new BenefitLine(category, "GBP", "SELF_REPORTED", true, n, BigDecimal.TEN)).toList();
        EvaluationReport.Roi roi = new EvaluationReport.Roi(
                new EvaluationReport.Costs(401_234_567L, List.of(), 401_234_567L, null, false), benefits,
                new BigDecimal("400000000"), new BigDecimal("400000000"), 401_234_567L, new BigDecimal("-1234567"),
                noRoi == null ? new BigDecimal("-0.3") : null, noRoi == null ? new BigDecimal("1.00") : null,
                noRoi == null ? "ROI −0.3 % and benefit–cost ratio 1.00 : 1." : noRoi,
                new EvaluationReport.Sensitivity(List.of(new SensitivityRow("AUDITED", 36, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                        BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)), new BigDecimal("100.4")),
                List.of(), List.of("Costs are taken as spent in year 0"));
        return new EvaluationReport(UUID.randomUUID(), null, "SURREY", "Surrey 500", null,
                new EvaluationReport.Parameters("AUDITED", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), 12, new BigDecimal("3.5"),
                        "ADJUSTED", false, BigDecimal.ZERO, BigDecimal.ZERO),
                participation, List.of(), new EvaluationReport.Learning(List.of(), List.of(), List.of()),
                new EvaluationReport.Behaviour(List.of(), n, every(Vocabulary.PROJECT_STAGE, n), every(Vocabulary.THEME, n), n, n, n, n),
                new EvaluationReport.Results(lines, every(Vocabulary.POINT_TYPE, n), n, measures()), roi, List.of(), null);
    }

    /** A measure for every variation, each direction, and every assurance, and one whose chart has no points yet. */
    private static List<EvaluationReport.MeasureLine> measures() {
        List<EvaluationReport.MeasureLine> measures = new ArrayList<>();
        List<String> assurances = new ArrayList<>(Vocabulary.ASSURANCE.labels().keySet());
        int i = 0;
        for (String variation : Vocabulary.POINT_TYPE.labels().keySet()) {
            for (String direction : List.of("INCREASE", "DECREASE")) {
                measures.add(new EvaluationReport.MeasureLine(UUID.randomUUID(), UUID.randomUUID(), "Fewer falls", "Measure " + i,
                        "falls a month", direction, 12.0, variation, assurances.get(i++ % assurances.size())));
            }
        }
        measures.add(new EvaluationReport.MeasureLine(UUID.randomUUID(), UUID.randomUUID(), "Fewer falls", "New measure", null,
                "DECREASE", null, null, null));
        return measures;
    }

    private static Map<String, Long> every(Vocabulary vocabulary, long n) {
        Map<String, Long> counts = new LinkedHashMap<>();
        vocabulary.labels().keySet().forEach(code -> counts.put(code, n));
        return counts;
    }
}
