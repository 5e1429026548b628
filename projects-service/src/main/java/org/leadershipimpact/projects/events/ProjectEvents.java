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

    public record ProjectRegistered(UUID projectId, String systemCode, String title, String theme, String stage,
            UUID originProgrammeId, UUID originCohortId, Set<UUID> leadParticipantIds) implements DomainEvent {
    }

    public record ProjectStageChanged(UUID projectId, String systemCode, UUID originProgrammeId, String theme,
            String from, String to) implements DomainEvent {
    }

    public record MilestoneAchieved(UUID milestoneId, UUID projectId, String systemCode, String title, LocalDate achievedOn)
            implements DomainEvent {
    }

    public record PdsaCycleCompleted(UUID cycleId, UUID projectId, String systemCode, String act, LocalDate completedOn)
            implements DomainEvent {
    }

    public record MeasureDefined(UUID measureId, UUID projectId, String systemCode, String name, String kind, String unit,
            String direction, Double baseline, Double target) implements DomainEvent {
    }

    /**
     * The points as recorded (new or corrected), so that consumers can keep their own copy: at most
     * 10,000 a call, well within a Kafka message.
     */
    public record DataPointsRecorded(UUID measureId, UUID projectId, String systemCode, int points, LocalDate from,
            LocalDate to, List<RecordedPoint> values) implements DomainEvent {
    }

    public record RecordedPoint(LocalDate period, double value) {
    }

    /** A special cause the chart shows now that it did not before, with the points it covers. */
    public record SpcSignalDetected(UUID measureId, UUID projectId, UUID originProgrammeId, String systemCode,
            String signal, String pointType, List<LocalDate> periods) implements DomainEvent {
    }

    public record BenefitRecorded(UUID benefitId, UUID projectId, UUID programmeId, String systemCode, String category,
            BigDecimal value, String unit, LocalDate periodStart, LocalDate periodEnd, boolean cashable,
            String evidenceLevel) implements DomainEvent {
    }
}
