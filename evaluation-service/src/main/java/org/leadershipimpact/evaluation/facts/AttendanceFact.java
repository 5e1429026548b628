package org.leadershipimpact.evaluation.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "attendance_fact")
@IdClass(AttendanceFact.Key.class)
public class AttendanceFact extends Fact {

    @Id
    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "cohort_id", nullable = false)
    public UUID cohortId;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(name = "system_code", nullable = false)
    public String systemCode;

    @Column(nullable = false)
    public String mark;

    /** The fact its first event starts from; the event then sets the rest. */
    public static AttendanceFact first(UUID enrolmentId, UUID sessionId, UUID cohortId, UUID programmeId, String systemCode) {
        AttendanceFact fresh = new AttendanceFact();
        fresh.enrolmentId = enrolmentId;
        fresh.sessionId = sessionId;
        fresh.cohortId = cohortId;
        fresh.programmeId = programmeId;
        fresh.systemCode = systemCode;
        return fresh;
    }

    public static List<AttendanceFact> ofProgramme(UUID programmeId) {
        return list("programmeId", programmeId);
    }

    public record Key(UUID enrolmentId, UUID sessionId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
