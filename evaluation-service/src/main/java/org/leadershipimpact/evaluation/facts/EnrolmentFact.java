package org.leadershipimpact.evaluation.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "enrolment_fact")
public class EnrolmentFact extends Fact {

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "cohort_id", nullable = false)
    public UUID cohortId;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(name = "system_code", nullable = false)
    public String systemCode;

    public String pathway;

    @Column(nullable = false)
    public String status;

    @Column(name = "attendance_rate_percent")
    public BigDecimal attendanceRatePercent;

    public Integer credits;

    @Column(name = "credit_level")
    public Integer creditLevel;

    @Column(name = "credit_scheme")
    public String creditScheme;

    @Column(name = "enrolled_at", nullable = false)
    public Instant enrolledAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** The fact its first event starts from, enrolled at the time of that event; the event then sets the rest. */
    public static EnrolmentFact first(UUID id, UUID participantId, UUID cohortId, UUID programmeId, String systemCode, Instant enrolledAt) {
        EnrolmentFact fresh = new EnrolmentFact();
        fresh.id = id;
        fresh.participantId = participantId;
        fresh.cohortId = cohortId;
        fresh.programmeId = programmeId;
        fresh.systemCode = systemCode;
        fresh.enrolledAt = enrolledAt;
        return fresh;
    }

    public static List<EnrolmentFact> ofParticipant(UUID participantId) {
        return list("participantId", participantId);
    }

    public static List<EnrolmentFact> ofProgramme(UUID programmeId) {
        return list("programmeId", programmeId);
    }
}
