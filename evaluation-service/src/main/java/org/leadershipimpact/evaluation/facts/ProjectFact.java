package org.leadershipimpact.evaluation.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "project_fact")
public class ProjectFact extends Fact {

    @Id
    public UUID id;

    @Column(name = "system_code", nullable = false)
    public String systemCode;

    public String title;
    public String theme;

    @Column(nullable = false)
    public String stage;

    @Column(name = "origin_programme_id")
    public UUID originProgrammeId;

    @Column(name = "origin_cohort_id")
    public UUID originCohortId;

    /** How many participants lead it: who they are stays with the enrolments. */
    public int leads;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    /** Withdrawn: it counts nowhere, and is kept only so that no older event brings it back. */
    public boolean withdrawn;

    /** The fact its first event starts from, registered at the time of that event; the event then sets the rest. */
    public static ProjectFact first(UUID id, String systemCode, Instant registeredAt) {
        ProjectFact fresh = new ProjectFact();
        fresh.id = id;
        fresh.systemCode = systemCode;
        fresh.registeredAt = registeredAt;
        return fresh;
    }

    /** The projects of the programme that stand (a withdrawn one counts nowhere). */
    public static List<ProjectFact> ofProgramme(UUID programmeId) {
        return list("originProgrammeId = ?1 and withdrawn = false", programmeId);
    }
}
