package org.leadershipimpact.evaluation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The headline figures of a system, programme, cohort, funding source or the nation. Counts a
 * caller may not see (small-count suppression) are null: {@code service.Disclosure} makes it, and
 * resources answer with it and report pages print it.
 */
@Schema(name = "Summary", description = "Pre-aggregated figures, kept up to date from the other services' events (eventually consistent)")
public record SummaryView(
        @Schema(example = "PROGRAMME") String scope,
        @Schema(description = "The system code, programme or cohort id, or funding source") String key,
        @Schema(description = "What the scope is called, where known", example = "Surrey 500") String name,
        Programmes programmes,
        Long cohorts,
        Long sessions,
        Participants participants,
        Enrolments enrolments,
        Attendance attendance,
        Credits credits,
        Projects projects,
        Benefits benefits,
        Signals spcSignals,
        @Schema(description = "Counts of people from 1 up to this threshold are withheld from this caller; null when nothing is withheld")
        Integer suppressedBelow) {

    @Schema(name = "SummaryProgrammes")
    public record Programmes(Long total, Map<String, Long> byStatus, Map<String, Long> byKind,
            @Schema(description = "Funding of the programmes, in pence") long fundingPence) {
    }

    @Schema(name = "SummaryParticipants", description = "In a system or nationally: people registered, each once. "
            + "In a programme, cohort or funding source: people enrolled (someone on two programmes of one source counts twice).")
    public record Participants(Long total, Map<String, Long> byProfession, Map<String, Long> bySector,
            @Schema(description = "Distinct organisations the participants come from") long organisationsReached,
            @Schema(description = "Distinct sectors the participants come from") long sectorsReached) {
    }

    @Schema(name = "SummaryEnrolments")
    public record Enrolments(Long total, Map<String, Long> byStatus, Map<String, Long> byPathway,
            @Schema(description = "Completed enrolments as a percentage of all", example = "82.5") BigDecimal completionRatePercent,
            @Schema(description = "Withdrawn enrolments as a percentage of all", example = "7.5") BigDecimal withdrawalRatePercent) {
    }

    @Schema(name = "SummaryAttendance")
    public record Attendance(long marks, long present, long absent, long apologies,
            @Schema(description = "Present marks as a percentage of all marks", example = "87.3") BigDecimal ratePercent) {
    }

    @Schema(name = "SummaryCredits")
    public record Credits(@Schema(description = "Enrolments completed with credit") Long awarded,
            @Schema(description = "Credits awarded in total") long total) {
    }

    @Schema(name = "SummaryProjects")
    public record Projects(long total, Map<String, Long> byStage, Map<String, Long> byTheme) {
    }

    @Schema(name = "SummaryBenefits", description = "Benefits as reported; unlike units are never added together")
    public record Benefits(long total, Map<String, Long> byCategory, Map<String, Long> byEvidenceLevel, List<BenefitTotal> totals) {
    }

    @Schema(name = "SummaryBenefitTotal")
    public record BenefitTotal(@Schema(example = "CAPACITY") String category, @Schema(example = "bed nights") String unit,
            @Schema(example = "3600") BigDecimal value) {
    }

    @Schema(name = "SummarySignals", description = "SPC special causes announced for the measures of projects in scope")
    public record Signals(long total, Map<String, Long> bySignal, Map<String, Long> byPointType) {
    }
}
