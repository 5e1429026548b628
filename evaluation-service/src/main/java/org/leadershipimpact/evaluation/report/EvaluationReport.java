package org.leadershipimpact.evaluation.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leadershipimpact.evaluation.api.SummaryView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a programme (or one cohort of it) changed, level by level, as a board paper needs it. */
@Schema(name = "EvaluationReport")
public record EvaluationReport(
        UUID programmeId,
        @Schema(description = "Set for a cohort's report") UUID cohortId,
        String systemCode,
        @Schema(example = "Surrey 500") String title,
        @Schema(description = "The cohort's name, for a cohort's report") String cohortName,
        Parameters parameters,
        SummaryView participation,
        List<InstrumentResults> level1,
        Learning level2,
        Behaviour level3,
        Results level4,
        Roi roi,
        List<Evaluation> independentEvaluations,
        @Schema(description = "Counts of people below this are withheld from this caller; null when nothing is") Integer suppressedBelow) {

    @Schema(name = "ReportParameters", description = "The choices the report was drawn up with (docs/design/credible-value.md)")
    public record Parameters(
            @Schema(description = "Only benefits at or above this evidence level are monetised") String evidenceLevel,
            @Schema(description = "First day of the benefit horizon") LocalDate benefitsFrom,
            @Schema(description = "Day after the last day of the benefit horizon") LocalDate benefitsUntil,
            @Schema(description = "Length of the benefit horizon in months") int benefitMonths,
            @Schema(description = "Discount rate, percent a year: year t of the horizon counts 1 / (1 + r)^t", example = "3.5")
            BigDecimal discountRate,
            @Schema(description = "ADJUSTED: each benefit counts for its isolated share × confidence; CLAIMED: as claimed, for comparison",
                    example = "ADJUSTED") String attribution,
            @Schema(description = "Whether benefits not in money were valued with their unit value") boolean monetiseUnitValues,
            @Schema(description = "Percent by which costs were raised (Green Book optimism bias)", example = "0") BigDecimal costOptimismBias,
            @Schema(description = "Percent by which counted benefits were lowered (Green Book optimism bias)", example = "0")
            BigDecimal benefitOptimismBias) {
    }

    @Schema(name = "InstrumentResults")
    public record InstrumentResults(UUID instrumentId, String title, int kirkpatrickLevel, String audience, String timing,
            Long responses, List<QuestionResults> questions) {
    }

    @Schema(name = "QuestionResults", description = "n and statistics of the answers; withheld (null) when too few to publish to this caller")
    public record QuestionResults(String code, String text, String type, String dimension, Long n, BigDecimal mean,
            BigDecimal standardDeviation, @Schema(description = "Count of each answer: 1 to 5 for Likert, each choice for single choice")
            Map<String, Long> distribution) {
    }

    @Schema(name = "ReportLearning", description = "Kirkpatrick level 2: pre/post change in the same people, per dimension")
    public record Learning(List<UUID> preInstruments, List<UUID> postInstruments, List<DimensionChange> dimensions) {
    }

    @Schema(name = "DimensionChange", description = "Paired change: mean difference (post − pre), its 95% confidence interval "
            + "(Student's t, n − 1 degrees of freedom) and Cohen's d_z (mean difference / SD of differences)")
    public record DimensionChange(String dimension, Long n, BigDecimal meanBefore, BigDecimal meanAfter, BigDecimal meanDifference,
            BigDecimal standardDeviationOfDifferences, BigDecimal effectSize, BigDecimal lower95, BigDecimal upper95) {
    }

    @Schema(name = "ReportBehaviour", description = "Kirkpatrick level 3: what participants did differently")
    public record Behaviour(List<InstrumentResults> instruments, long projectsStarted, Map<String, Long> projectsByStage,
            Map<String, Long> projectsByTheme,
            @Schema(description = "Projects in implementation, sustaining or closed") long projectsImplemented,
            @Schema(description = "Participant leads across the projects") long projectLeads,
            long pdsaCyclesCompleted, long milestonesAchieved) {
    }

    @Schema(name = "ReportResults", description = "Kirkpatrick level 4: benefits as reported and SPC signals")
    public record Results(List<BenefitLine> benefits, Map<String, Long> spcSignalsByPointType,
            @Schema(description = "Measures whose chart shows special cause improvement") long measuresImproving,
            @Schema(description = "Every measure of the projects in scope, with its chart's Making Data Count icons") List<MeasureLine> measures) {
    }

    @Schema(name = "ReportMeasure", description = "A measure and the icons its chart showed when projects-service last announced it")
    public record MeasureLine(UUID measureId, UUID projectId, @Schema(example = "Admissions of over-65s") String projectTitle,
            @Schema(example = "Emergency admissions a month") String name, String unit,
            @Schema(enumeration = {"INCREASE", "DECREASE", "NEUTRAL"}) String direction, Double target,
            @Schema(description = "Null for a chart without points", enumeration = {"COMMON_CAUSE", "SPECIAL_CAUSE_IMPROVEMENT",
                    "SPECIAL_CAUSE_CONCERN", "SPECIAL_CAUSE_NEUTRAL_HIGH", "SPECIAL_CAUSE_NEUTRAL_LOW"}) String variation,
            @Schema(description = "Null without a target or limits", enumeration = {"CONSISTENT_PASS", "HIT_AND_MISS", "CONSISTENT_FAIL"})
            String assurance,
            @Schema(description = "The chart's points in date order") List<ChartPoint> points,
            @Schema(description = "Its segments with mean and limits as projects-service last announced them; empty when no "
                    + "announcement carried them") List<ChartSegment> segments,
            @Schema(description = "Its special causes as last announced") List<ChartSignal> signals) {

        /** A measure with nothing on its chart yet. */
        public MeasureLine(UUID measureId, UUID projectId, String projectTitle, String name, String unit, String direction, Double target,
                String variation, String assurance) {
            this(measureId, projectId, projectTitle, name, unit, direction, target, variation, assurance, List.of(), List.of(), List.of());
        }
    }

    @Schema(name = "ReportChartPoint")
    public record ChartPoint(LocalDate period, double value) {
    }

    @Schema(name = "ReportChartSegment", description = "A run of points between re-base dates: its mean and natural process limits "
            + "(mean ± 2.66 × mean moving range); the limits are null where the segment has none")
    public record ChartSegment(LocalDate from, LocalDate to, double mean, Double lowerLimit, Double upperLimit) {
    }

    @Schema(name = "ReportChartSignal", description = "A special cause and the first and last period of the points it covers")
    public record ChartSignal(String signal, String pointType, LocalDate from, LocalDate to) {
    }

    @Schema(name = "ReportBenefitLine", description = "Benefits of one category, unit, evidence level and cashability, added up")
    public record BenefitLine(String category, String unit, String evidenceLevel, boolean cashable, long count, BigDecimal value) {
    }

    @Schema(name = "ReportRoi", description = "Phillips ROI: (benefits counted − fully loaded cost) / cost × 100, with the Green Book's "
            + "discounting, optimism bias and sensitivity (docs/design/credible-value.md)")
    public record Roi(Costs costs,
            @Schema(description = "Every benefit of the programme (or cohort), valued one by one") List<BenefitValue> benefits,
            @Schema(description = "Present value of the benefits in money that pass evidence, period and derivation, as claimed")
            BigDecimal benefitsClaimedPence,
            @Schema(description = "What counts of them: the programme's share, lowered by any benefit optimism bias")
            BigDecimal benefitsCountedPence,
            @Schema(description = "The cost the ROI is set against: costs.totalPence raised by the cost optimism bias") long costPence,
            BigDecimal netBenefitPence,
            @Schema(description = "Null when no benefit counts in money or there is no cost: the statement says why") BigDecimal roiPercent,
            @Schema(description = "Benefits counted per pound spent; null as roiPercent is") BigDecimal benefitCostRatio,
            @Schema(description = "What the figures mean and do not, in words") String statement,
            Sensitivity sensitivity,
            @Schema(description = "Benefits not in money (and not monetised), added up by unit only") List<IntangibleTotal> intangibles,
            List<String> basis) {
    }

    @Schema(name = "ReportBenefitValue", description = "One benefit: what was claimed, its present value in the horizon, the share "
            + "counted and why")
    public record BenefitValue(UUID benefitId, UUID projectId, String category,
            @Schema(description = "As recorded, in its unit (per month or per year for a recurring benefit)") BigDecimal value,
            String unit, String evidenceLevel,
            @Schema(enumeration = {"ONCE", "MONTHLY", "ANNUAL"}) String recurrence,
            @Schema(description = "Percent a recurring benefit loses each year after its first; null for none") BigDecimal annualDropOff,
            LocalDate periodStart,
            @Schema(description = "Null for a recurring benefit without an end") LocalDate periodEnd,
            @Schema(description = "The value as recorded, in pence (monetised with its unit value when asked); null when not in money")
            BigDecimal claimedValuePence,
            @Schema(description = "Present value within the horizon, discounted, rounded down to the penny; null when not in money")
            BigDecimal claimedPresentValuePence,
            @Schema(description = "Null when nobody has isolated the programme's share") Attribution attribution,
            @Schema(description = "Percent of the present value counted: share × confidence, lowered by the benefit optimism bias; "
                    + "100 as claimed; 0 unless counted", example = "20.00") BigDecimal countedSharePercent,
            BigDecimal countedPence,
            @Schema(enumeration = {"COUNTED", "NOT_ISOLATED", "BELOW_EVIDENCE", "OUTSIDE_PERIOD", "NOT_DERIVED", "INTANGIBLE"})
            String status,
            @Schema(description = "For a benefit derived from a measure's chart; otherwise null") Derivation derivation,
            @Schema(description = "The unit value it was monetised with; null unless monetised") MonetisedBy monetised) {
    }

    @Schema(name = "ReportAttribution", description = "How much of a benefit the programme caused, by which method, how sure")
    public record Attribution(@Schema(description = "Percent, 0–100", example = "25") BigDecimal share,
            @Schema(example = "MANAGERS_ESTIMATE") String method,
            @Schema(description = "Percent, 0–100; null is 100", example = "80") BigDecimal confidence,
            @Schema(description = "A role or a group, never a person's name", example = "Over-65s team managers") String estimatedBy,
            LocalDate estimatedOn) {
    }

    @Schema(name = "ReportDerivation", description = "The chart a benefit was derived from: change = after − before, improvement positive")
    public record Derivation(UUID measureId,
            @Schema(enumeration = {"DERIVED", "NO_IMPROVEMENT", "NO_BASELINE", "TOO_FEW_POINTS", "NOT_MONTHLY", "NO_DIRECTION",
                    "MEASURE_WITHDRAWN"}) String status,
            Double beforeMean, Double afterMean, Double change, Integer months, LocalDate rebaseDate) {
    }

    @Schema(name = "ReportMonetisedBy")
    public record MonetisedBy(@Schema(description = "£ per unit", example = "120") BigDecimal unitValue,
            @Schema(example = "NHS reference costs 2018-19") String source) {
    }

    @Schema(name = "ReportSensitivity", description = "ROI and benefit–cost ratio at each evidence level and horizon, adjusted and as "
            + "claimed, the other parameters as chosen")
    public record Sensitivity(List<SensitivityRow> rows,
            @Schema(description = "Percent of the benefits claimed the programme must have caused for ROI to be 0, rounded up to 0.1; "
                    + "null when nothing is claimed in money", example = "3.3") BigDecimal breakEvenAttributionPercent) {
    }

    @Schema(name = "ReportSensitivityRow")
    public record SensitivityRow(String evidenceLevel, int benefitMonths, BigDecimal adjustedBenefitsPence, BigDecimal adjustedRoiPercent,
            BigDecimal adjustedBenefitCostRatio, BigDecimal claimedBenefitsPence, BigDecimal claimedRoiPercent,
            BigDecimal claimedBenefitCostRatio) {
    }

    @Schema(name = "ReportIntangibleTotal", description = "Benefits of one unit not in money, as recorded")
    public record IntangibleTotal(@Schema(example = "bed nights") String unit, long benefits, BigDecimal value) {
    }

    @Schema(name = "ReportCosts")
    public record Costs(@Schema(description = "The programme's funding, in pence") long fundingPence,
            List<CostLine> additional, long totalPence,
            @Schema(description = "For a cohort: its share of the programme's cost by enrolments, e.g. 0.25") BigDecimal share,
            @Schema(description = "False when no cost beyond the funding is recorded: the ROI is then likely overstated")
            boolean fullyLoaded) {
    }

    @Schema(name = "ReportCostLine")
    public record CostLine(String category, String description, long amountPence) {
    }

    @Schema(name = "ReportIndependentEvaluation")
    public record Evaluation(UUID id, String evaluator, LocalDate reportedOn, String method, String findings, String link) {
    }
}
