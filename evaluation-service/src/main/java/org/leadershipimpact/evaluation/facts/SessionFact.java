package org.leadershipimpact.evaluation.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "session_fact")
public class SessionFact extends Fact {

    @Id
    public UUID id;

    @Column(name = "cohort_id", nullable = false)
    public UUID cohortId;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(name = "system_code", nullable = false)
    public String systemCode;

    public String title;
    public String kind;

    @Column(name = "held_on")
    public LocalDate heldOn;

    /** Withdrawn: it counts nowhere, and is kept only so that no older event brings it back. */
    public boolean withdrawn;

    /** The fact its first event starts from; the event then sets the rest. */
    public static SessionFact first(UUID id, UUID cohortId, UUID programmeId, String systemCode) {
        SessionFact fresh = new SessionFact();
        fresh.id = id;
        fresh.cohortId = cohortId;
        fresh.programmeId = programmeId;
        fresh.systemCode = systemCode;
        return fresh;
    }

    public static List<SessionFact> ofProgramme(UUID programmeId) {
        return list("programmeId", programmeId);
    }
}
