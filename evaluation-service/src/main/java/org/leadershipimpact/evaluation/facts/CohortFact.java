package org.leadershipimpact.evaluation.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "cohort_fact")
public class CohortFact extends Fact {

    @Id
    public UUID id;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(name = "system_code", nullable = false)
    public String systemCode;

    public String name;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** The fact its first event starts from; the event then sets the rest. */
    public static CohortFact first(UUID id, UUID programmeId, String systemCode) {
        CohortFact fresh = new CohortFact();
        fresh.id = id;
        fresh.programmeId = programmeId;
        fresh.systemCode = systemCode;
        return fresh;
    }

    public static List<CohortFact> ofProgramme(UUID programmeId) {
        return list("programmeId", programmeId);
    }
}
