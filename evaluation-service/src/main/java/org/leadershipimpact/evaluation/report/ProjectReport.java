package org.leadershipimpact.evaluation.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leadershipimpact.evaluation.report.EvaluationReport.MeasureLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A project on one page: what it is, its measures with their charts, the PDSA cycles and milestones it completed, its benefits. */
@Schema(name = "ProjectReport", description = "A project's one-page summary, from evaluation's copies of projects-service's facts")
public record ProjectReport(
        UUID projectId,
        String systemCode,
        @Schema(example = "Breathe easy: COPD at home") String title,
        String theme,
        String stage,
        @Schema(description = "The programme the project came from; null when it names none") UUID programmeId,
        String programmeTitle,
        UUID cohortId,
        String cohortName,
        @Schema(description = "How many participants lead it (who they are is not shown)") int leads,
        List<MeasureLine> measures,
        @Schema(description = "Completed PDSA cycles, oldest first") List<PdsaCycle> pdsaCycles,
        @Schema(description = "Milestones achieved, oldest first") List<Milestone> milestones,
        @Schema(description = "Benefits as recorded; their value to a programme is in the programme's report") List<Benefit> benefits) {

    @Schema(name = "ReportPdsaCycle")
    public record PdsaCycle(UUID cycleId, LocalDate completedOn, @Schema(enumeration = {"ADOPT", "ADAPT", "ABANDON"}) String act) {
    }

    @Schema(name = "ReportMilestone")
    public record Milestone(UUID milestoneId, String title, LocalDate achievedOn) {
    }

    @Schema(name = "ReportProjectBenefit")
    public record Benefit(UUID benefitId, String category, BigDecimal value, String unit, LocalDate periodStart, LocalDate periodEnd,
            boolean cashable, String evidenceLevel, String recurrence,
            @Schema(description = "The programme's share, per cent, where someone isolated it") BigDecimal attributionShare,
            @Schema(description = "How sure, per cent") BigDecimal attributionConfidence) {
    }
}
