package org.leadershipimpact.projects.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leadershipimpact.platform.SystemCode;
import org.leadershipimpact.projects.BenefitCategory;
import org.leadershipimpact.projects.ChartRules;
import org.leadershipimpact.projects.EvidenceLevel;
import org.leadershipimpact.projects.IsolationMethod;
import org.leadershipimpact.projects.MeasureKind;
import org.leadershipimpact.projects.PdsaAct;
import org.leadershipimpact.projects.ProjectStage;
import org.leadershipimpact.projects.Recurrence;
import org.leadershipimpact.projects.Theme;
import org.leadershipimpact.projects.spc.ImprovementDirection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What clients send to projects-service. Here in {@code api/}, not {@code rest/}, because resources bind
 * them and services apply them; this package imports neither ({@code LayersTest}).
 */
public final class Api {

    private Api() {
    }

    @Schema(name = "ProjectRequest", description = "An improvement project")
    public record ProjectRequest(
            @NotBlank @Pattern(regexp = SystemCode.PATTERN, message = SystemCode.MESSAGE)
            @Schema(example = "SURREY", maxLength = 32, required = true) String systemCode,
            @NotBlank @Size(max = 200) @Schema(example = "Community heart failure service", required = true) String title,
            @Size(max = 4000) @Schema(example = "Patients discharged with heart failure are readmitted within weeks") String problem,
            @Size(max = 4000) @Schema(example = "Halve 30-day readmissions for heart failure by March") String aim,
            @NotNull @Schema(required = true) Theme theme,
            @Schema(description = "The programme the project came out of") UUID originProgrammeId,
            UUID originCohortId,
            @Size(max = 20) Set<UUID> leadParticipantIds,
            @Size(max = 100) Set<UUID> teamParticipantIds,
            @Size(max = 50) @Schema(description = "Organisations of the project's system (not withdrawn ones) it works with")
            Set<UUID> partnerOrganisationIds,
            @Size(max = 50) List<@Valid @NotNull Stakeholder> stakeholders) {
    }

    @Schema(name = "Stakeholder", description = "Someone outside the programme the project works with")
    public record Stakeholder(
            @NotBlank @Size(max = 200) @Schema(example = "Consultant cardiologist, Lister Hospital") String name,
            @Size(max = 200) @Schema(example = "Clinical sponsor") String role) {
    }

    @Schema(name = "ProjectStageChange")
    public record StageChange(@NotNull @Schema(required = true, example = "SCOPING") ProjectStage stage) {
    }

    @Schema(name = "MilestoneRequest")
    public record MilestoneRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Business case to the CCG board", required = true) String title,
            LocalDate dueOn) {
    }

    @Schema(name = "Achievement")
    public record Achievement(@NotNull @Schema(required = true, example = "2026-03-14") LocalDate achievedOn) {
    }

    @Schema(name = "PdsaCycleRequest", description = "A PDSA cycle; deciding the act completes it")
    public record PdsaRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Nurse-led follow-up call at 48 hours", required = true) String title,
            @NotBlank @Size(max = 4000) @Schema(required = true) String plan,
            @NotBlank @Size(max = 2000) @Schema(example = "Half of callers will need no GP appointment", required = true) String prediction,
            @Size(max = 4000) String doNotes,
            @Size(max = 4000) String studyNotes,
            PdsaAct act) {
    }

    @Schema(name = "MeasureRequest", description = "A measure and how to read its chart")
    public record MeasureRequest(
            @NotNull @Schema(required = true) UUID projectId,
            @NotBlank @Size(max = 200) @Schema(example = "GP referrals to outpatients per 1,000 patients", required = true) String name,
            @NotNull @Schema(required = true) MeasureKind kind,
            @NotBlank @Size(max = 40) @Schema(example = "per 1,000", required = true) String unit,
            @NotNull @Schema(required = true, description = "Which way is better") ImprovementDirection direction,
            Double baseline,
            Double target,
            @Size(max = 50) @Schema(description = "Dates a change was made: each starts a new segment with its own limits")
            Set<LocalDate> rebaseDates,
            @Min(12) @Schema(description = "Fix each segment's limits on its first this many points (12 or more)")
            Integer fixedBaselinePoints,
            @Schema(description = "Screen out moving ranges of 3.267 times their mean or more", defaultValue = "true")
            Boolean screenOutliers,
            @Schema(defaultValue = "MAKING_DATA_COUNT") ChartRules chartRules) {
    }

    @Schema(name = "DataPointEntry")
    public record DataPointEntry(
            @NotNull @Schema(description = "The period, named by its date", example = "2026-01-01", required = true) LocalDate date,
            @NotNull @Schema(example = "41.5", required = true) Double value) {
    }

    @Schema(name = "DataPointBatch", description = "Up to 10,000 points, recorded all together or not at all")
    public record DataPointBatch(@NotEmpty @Size(max = DataPointBatch.MAX) List<@NotNull @Valid DataPointEntry> points) {
        public static final int MAX = 10_000;
    }

    @Schema(name = "DataPointsWithdrawal", description = "Periods of a measure to take back, and why: all together or none")
    public record PointsWithdrawal(
            @NotEmpty @Size(max = 10_000) List<@NotNull LocalDate> periods,
            @NotBlank @Size(max = 2000) @Schema(example = "Recorded against the wrong month", required = true) String reason) {
    }

    @Schema(name = "BenefitRequest", description = "What a project achieved. Either claimed (a value in a unit) or derived from a "
            + "measure's chart (derivedFromMeasureId with unitValue: the value is then worked out and follows the chart); see "
            + "docs/design/credible-value.md")
    public record BenefitRequest(
            @NotNull @Schema(required = true) UUID projectId,
            @NotNull @Schema(required = true) BenefitCategory category,
            @NotBlank @Size(max = 400) @Schema(example = "Unnecessary nights in hospital avoided by seeing over-65s earlier at home", required = true) String description,
            @DecimalMin("0") @Digits(integer = 16, fraction = 2)
            @Schema(example = "3600", description = "Required for a claimed benefit; absent for a derived one (it is worked out)")
            BigDecimal value,
            @Size(max = 40) @Schema(example = "bed nights", description = "Required for a claimed benefit; for a derived one absent or GBP "
                    + "(a derived benefit is in pounds)")
            String unit,
            @NotNull @Schema(required = true, example = "2018-04-01") LocalDate periodStart,
            @Schema(example = "2019-03-31", description = "Required for a one-off benefit (recurrence ONCE), optional for a recurring one")
            LocalDate periodEnd,
            @NotNull @Schema(required = true, description = "Money actually released, not only capacity freed") Boolean cashable,
            @NotNull @Schema(required = true) EvidenceLevel evidenceLevel,
            @Valid @Schema(description = "The share of the benefit the programme caused; without one the report counts the benefit £0 "
                    + "(not isolated)") AttributionEntry attribution,
            @Schema(defaultValue = "ONCE", description = "ONCE: the value is over the period; MONTHLY or ANNUAL: the value recurs every "
                    + "month or year from periodStart (until periodEnd, if any)") Recurrence recurrence,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(example = "20", description = "Per cent a recurring benefit loses each year (year k is worth value × (1 − drop-off)^k); "
                    + "only for a recurring benefit") BigDecimal annualDropOff,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 14, fraction = 4)
            @Schema(example = "120", description = "Pounds per unit: monetises a benefit that is not money (only when the report is asked "
                    + "to), or a derived benefit's change; never for a claimed benefit in pounds") BigDecimal unitValue,
            @Size(max = 400) @Schema(example = "NHS reference costs 2018-19: £120 per outpatient referral avoided",
                    description = "Where the pounds per unit come from; required with unitValue") String unitValueSource,
            @Schema(description = "A measure of the same project: the benefit is its chart's change × unitValue, derived again "
                    + "whenever the chart changes") UUID derivedFromMeasureId) {
    }

    @Schema(name = "Attribution", description = "The share of a benefit the programme caused (Phillips' isolation), how it was found, "
            + "and how sure the estimators are: counted = claimed × share × confidence")
    public record AttributionEntry(
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(required = true, example = "25", description = "Per cent of the benefit the programme caused") BigDecimal share,
            @NotNull @Schema(required = true, example = "MANAGERS_ESTIMATE") IsolationMethod method,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(example = "80", description = "Per cent sure; required for an estimate (PARTICIPANTS_, MANAGERS_, EXPERTS_ESTIMATE) "
                    + "and OTHER, 100 when absent for the other methods") BigDecimal confidence,
            @NotBlank @Size(max = 200)
            @Schema(required = true, example = "Over-65s team service managers", description = "Who estimated it: a role or a group, "
                    + "never a person's name") String estimatedBy,
            @NotNull @Schema(required = true, example = "2019-06-30", description = "When; not after today") LocalDate estimatedOn) {
    }
}
