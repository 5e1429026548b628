package org.leadershipimpact.programmes.events;

import org.leadershipimpact.platform.events.DomainEvent;
import org.leadershipimpact.programmes.Credits;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The facts programmes-service publishes on {@code programmes.events}, documented with examples in
 * docs/events/asyncapi.yaml. Participants appear by id with their profession, sector and
 * organisation only: names and e-mail stay in this service.
 */
public final class ProgrammeEvents {

    private ProgrammeEvents() {
    }

    // What each event is about, said once per kind of aggregate: the outbox row's aggregate type and the
    // first part of the CloudEvents subject ("programme/<id>"). The id is the caller's, and the Kafka key.
    interface AboutSystem extends DomainEvent { default String aggregateType() { return "system"; } }
    interface AboutOrganisation extends DomainEvent { default String aggregateType() { return "organisation"; } }
    interface AboutProgramme extends DomainEvent { default String aggregateType() { return "programme"; } }
    interface AboutCohort extends DomainEvent { default String aggregateType() { return "cohort"; } }
    interface AboutSession extends DomainEvent { default String aggregateType() { return "session"; } }
    interface AboutParticipant extends DomainEvent { default String aggregateType() { return "participant"; } }
    interface AboutEnrolment extends DomainEvent { default String aggregateType() { return "enrolment"; } }

    public record SystemRegistered(String systemCode, String name, String kind, String region) implements AboutSystem {
    }

    public record SystemUpdated(String systemCode, String name, String kind, String region) implements AboutSystem {
    }

    public record OrganisationRegistered(UUID organisationId, String systemCode, String name, String type, String odsCode)
            implements AboutOrganisation {
    }

    public record OrganisationUpdated(UUID organisationId, String systemCode, String name, String type, String odsCode)
            implements AboutOrganisation {
    }

    /** The organisation was withdrawn: nothing names it any more, and nothing new can. */
    public record OrganisationWithdrawn(UUID organisationId, String systemCode) implements AboutOrganisation {
    }

    /** What others need to know of a programme, as created or as it stands after an update. */
    public record ProgrammeFacts(String title, String kind, String status, LocalDate startDate, LocalDate endDate,
            Long fundingPence, String fundingCurrency, String fundingSource, Integer capacity,
            int completionThresholdPercent, boolean accredited, Credits accreditationCredits) {
    }

    public record ProgrammeCreated(UUID programmeId, String systemCode, ProgrammeFacts programme) implements AboutProgramme {
    }

    public record ProgrammeUpdated(UUID programmeId, String systemCode, ProgrammeFacts programme) implements AboutProgramme {
    }

    public record ProgrammeStatusChanged(UUID programmeId, String systemCode, String from, String to) implements AboutProgramme {
    }

    public record CohortCreated(UUID cohortId, UUID programmeId, String systemCode, String name, int capacity,
            LocalDate startDate, LocalDate endDate) implements AboutCohort {
    }

    public record CohortUpdated(UUID cohortId, UUID programmeId, String systemCode, String name, int capacity,
            LocalDate startDate, LocalDate endDate) implements AboutCohort {
    }

    public record SessionScheduled(UUID sessionId, UUID cohortId, UUID programmeId, String systemCode, String title,
            String kind, LocalDate date) implements AboutSession {
    }

    public record SessionUpdated(UUID sessionId, UUID cohortId, UUID programmeId, String systemCode, String title,
            String kind, LocalDate date) implements AboutSession {
    }

    /** The session was withdrawn (it never took place, and nobody was marked at it): it leaves every count. */
    public record SessionWithdrawn(UUID sessionId, UUID cohortId, UUID programmeId, String systemCode) implements AboutSession {
    }

    public record ParticipantRegistered(UUID participantId, String systemCode, String profession, String sector,
            UUID organisationId) implements AboutParticipant {
    }

    /** Published when what analysts may see of a participant changes; a change of name or e-mail is not published. */
    public record ParticipantUpdated(UUID participantId, String systemCode, String profession, String sector,
            UUID organisationId) implements AboutParticipant {
    }

    /**
     * The person's names, e-mail and job title were erased at their request (UK GDPR Article 17). The
     * participant, its id and its facts stay: nothing others hold changes, no count moves.
     */
    public record ParticipantErased(UUID participantId, String systemCode, LocalDate erasedOn) implements AboutParticipant {
    }

    public record EnrolmentCreated(UUID enrolmentId, UUID participantId, UUID cohortId, UUID programmeId,
            String systemCode, String pathway, String status) implements AboutEnrolment {
    }

    public record EnrolmentStatusChanged(UUID enrolmentId, UUID participantId, UUID cohortId, UUID programmeId,
            String systemCode, String from, String to) implements AboutEnrolment {
    }

    public record EnrolmentCompleted(UUID enrolmentId, UUID participantId, UUID cohortId, UUID programmeId,
            String systemCode, String pathway, String from, double attendanceRatePercent, Credits creditsAwarded)
            implements AboutEnrolment {
    }

    /** A mark recorded or corrected; {@code previousMark} is null the first time. */
    public record AttendanceRecorded(UUID enrolmentId, UUID sessionId, UUID cohortId, UUID programmeId,
            String systemCode, String mark, String previousMark) implements AboutEnrolment {
    }
}
