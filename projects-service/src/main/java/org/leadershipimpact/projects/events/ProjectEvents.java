package org.leadershipimpact.projects.events;

import org.leadershipimpact.platform.events.DomainEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The facts projects-service publishes on {@code projects.events}, documented in docs/events/asyncapi.yaml. */
public final class ProjectEvents {

    private ProjectEvents() {
    }

    // What each event is about, said once per kind of aggregate: the outbox row's aggregate type and the
    // first part of the CloudEvents subject ("programme/<id>"). The id is the caller's, and the Kafka key.
    interface AboutProject extends DomainEvent { default String aggregateType() { return "project"; } }
    interface AboutMeasure extends DomainEvent { default String aggregateType() { return "measure"; } }
    interface AboutBenefit extends DomainEvent { default String aggregateType() { return "benefit"; } }

    public record ProjectRegistered(UUID projectId, String systemCode, String title, String theme, String stage,
            UUID originProgrammeId, UUID originCohortId, Set<UUID> leadParticipantIds) implements AboutProject {
    }

    /** The project as corrected: consumers replace what they knew of it (its origin may have moved, and its figures with it). */
    public record ProjectUpdated(UUID projectId, String systemCode, String title, String theme, String stage,
            UUID originProgrammeId, UUID originCohortId, Set<UUID> leadParticipantIds) implements AboutProject {
    }

    /** The project was withdrawn: it, and everything of it, leaves every figure. */
    public record ProjectWithdrawn(UUID projectId, String systemCode, UUID originProgrammeId) implements AboutProject {
    }

    public record ProjectStageChanged(UUID projectId, String systemCode, UUID originProgrammeId, String theme,
            String from, String to) implements AboutProject {
    }

    public record MilestoneAchieved(UUID milestoneId, UUID projectId, String systemCode, String title, LocalDate achievedOn)
            implements AboutProject {
    }

    public record PdsaCycleCompleted(UUID cycleId, UUID projectId, String systemCode, String act, LocalDate completedOn)
            implements AboutProject {
    }

    public record MilestoneWithdrawn(UUID milestoneId, UUID projectId, String systemCode) implements AboutProject {
    }

    public record PdsaCycleWithdrawn(UUID cycleId, UUID projectId, String systemCode) implements AboutProject {
    }

    public record MeasureDefined(UUID measureId, UUID projectId, String systemCode, String name, String kind, String unit,
            String direction, Double baseline, Double target) implements AboutMeasure {
    }

    /** The measure as corrected (its name, unit, direction, target...): consumers replace what they knew of it. */
    public record MeasureUpdated(UUID measureId, UUID projectId, String systemCode, String name, String kind, String unit,
            String direction, Double baseline, Double target) implements AboutMeasure {
    }

    /** The measure was withdrawn: its points and its chart leave every figure. */
    public record MeasureWithdrawn(UUID measureId, UUID projectId, String systemCode) implements AboutMeasure {
    }

    /**
     * The points as recorded (new or corrected), so that consumers can keep their own copy: at most
     * 10,000 a call, well within a Kafka message.
     */
    public record DataPointsRecorded(UUID measureId, UUID projectId, String systemCode, int points, LocalDate from,
            LocalDate to, List<RecordedPoint> values) implements AboutMeasure {
    }

    public record RecordedPoint(LocalDate period, double value) {
    }

    /** Periods of the measure taken back: they leave the chart and every copy of the points. */
    public record DataPointsWithdrawn(UUID measureId, UUID projectId, String systemCode, List<LocalDate> periods)
            implements AboutMeasure {
    }

    /**
     * What the measure's chart shows now, whole: its variation and assurance (Making Data Count's two
     * icons) and every signal on it. Announced whenever that changes (points recorded, corrected or
     * withdrawn, direction, target or re-base dates changed); it replaces what a consumer knew of the
     * chart, so a correction that removes a signal removes it everywhere. {@code segments} carry the
     * mean and limits, so that a consumer draws the chart without computing it again.
     */
    public record MeasureChartChanged(UUID measureId, UUID projectId, UUID originProgrammeId, String systemCode,
            String variation, String assurance, List<ChartSignal> signals, List<ChartSegment> segments) implements AboutMeasure {
    }

    /**
     * A run of points between re-base dates with its centre line and natural process limits; the limits are
     * null where the segment has none (too few points for an XmR chart, or a run chart, whose centre is the median).
     */
    public record ChartSegment(LocalDate from, LocalDate to, double mean, Double lowerLimit, Double upperLimit) {
    }

    /** A special cause and the consecutive points it covers. */
    public record ChartSignal(String signal, String pointType, LocalDate from, LocalDate to, List<LocalDate> periods) {
    }

    /**
     * A benefit as recorded, whole. {@code periodEnd} is null for a recurring benefit that goes on;
     * {@code attribution} is null when nobody isolated the programme's part, {@code derivation} unless
     * the benefit is worked out from a measure's chart (docs/design/credible-value.md, the contract).
     */
    public record BenefitRecorded(UUID benefitId, UUID projectId, UUID programmeId, String systemCode, String category,
            BigDecimal value, String unit, LocalDate periodStart, LocalDate periodEnd, boolean cashable,
            String evidenceLevel, BenefitAttribution attribution, String recurrence, BigDecimal annualDropOff,
            BigDecimal unitValue, String unitValueSource, BenefitDerivation derivation) implements AboutBenefit {
    }

    /**
     * The benefit as corrected, whole: consumers replace what they knew of it. Also announced when a
     * derived benefit's value or status changed because its measure's chart did.
     */
    public record BenefitCorrected(UUID benefitId, UUID projectId, UUID programmeId, String systemCode, String category,
            BigDecimal value, String unit, LocalDate periodStart, LocalDate periodEnd, boolean cashable,
            String evidenceLevel, BenefitAttribution attribution, String recurrence, BigDecimal annualDropOff,
            BigDecimal unitValue, String unitValueSource, BenefitDerivation derivation) implements AboutBenefit {
    }

    /** The programme's share of a benefit (per cent), how it was found, and how sure (per cent); by a role or group. */
    public record BenefitAttribution(BigDecimal share, String method, BigDecimal confidence, String estimatedBy, LocalDate estimatedOn) {
    }

    /** How a derived benefit's value was worked out: change × unitValue × months, £0 unless the status is DERIVED. */
    public record BenefitDerivation(UUID measureId, String status, BigDecimal beforeMean, BigDecimal afterMean, BigDecimal change,
            BigDecimal months, LocalDate rebaseDate) {
    }

    /** The benefit was withdrawn: it counts nowhere any more. */
    public record BenefitWithdrawn(UUID benefitId, UUID projectId, UUID programmeId, String systemCode) implements AboutBenefit {
    }
}
