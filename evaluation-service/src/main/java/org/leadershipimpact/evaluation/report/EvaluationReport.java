package org.leadershipimpact.evaluation.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leadershipimpact.evaluation.rest.SummaryView;

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

    @Schema(name = "ReportParameters")
    public record Parameters(
            @Schema(description = "Only benefits at or above this evidence level are monetised") String evidenceLevel,
            @Schema(description = "First day of the benefit period") LocalDate benefitsFrom,
            @Schema(description = "Day after the last day of the benefit period") LocalDate benefitsUntil,
            int benefitMonths) {
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
            @Schema(description = "Measures whose chart shows special cause improvement") long measuresImproving) {
    }

    @Schema(name = "ReportBenefitLine", description = "Benefits of one category, unit, evidence level and cashability, added up")
    public record BenefitLine(String category, String unit, String evidenceLevel, boolean cashable, long count, BigDecimal value) {
    }

    @Schema(name = "ReportRoi", description = "Phillips ROI: (monetised benefits − fully loaded cost) / cost × 100")
    public record Roi(Costs costs, BigDecimal benefitsCountedPence, BigDecimal netBenefitPence,
            @Schema(description = "Null without a cost") BigDecimal roiPercent,
            @Schema(description = "Benefits per pound spent; null without a cost") BigDecimal benefitCostRatio,
            List<CountedBenefit> counted, List<ExcludedBenefit> excluded,
            @Schema(description = "Benefits not in money, reported and never monetised") List<BenefitLine> intangibles,
            List<String> basis) {
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

    @Schema(name = "ReportCountedBenefit")
    public record CountedBenefit(UUID benefitId, String category, String evidenceLevel, LocalDate periodStart, LocalDate periodEnd,
            BigDecimal valuePence, BigDecimal countedPence) {
    }

    @Schema(name = "ReportExcludedBenefit")
    public record ExcludedBenefit(UUID benefitId, String category, String evidenceLevel, BigDecimal valuePence, String reason) {
    }

    @Schema(name = "ReportIndependentEvaluation")
    public record Evaluation(UUID id, String evaluator, LocalDate reportedOn, String method, String findings, String link) {
    }
}
