package org.leadershipimpact.evaluation.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "programme_fact")
public class ProgrammeFact extends Fact {

    /** The funding source of programmes whose source was not given (or not yet heard of). */
    public static final String NO_SOURCE = "UNSPECIFIED";

    @Id
    public UUID id;

    @Column(name = "system_code", nullable = false)
    public String systemCode;

    public String title;
    public String kind;
    public String status;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "funding_pence")
    public Long fundingPence;

    @Column(name = "funding_source")
    public String fundingSource;

    public boolean accredited;

    public String fundingSourceOrNone() {
        return fundingSource == null || fundingSource.isBlank() ? NO_SOURCE : fundingSource;
    }

    /** The fact its first event starts from; the event then sets the rest. */
    public static ProgrammeFact first(UUID id, String systemCode) {
        ProgrammeFact fresh = new ProgrammeFact();
        fresh.id = id;
        fresh.systemCode = systemCode;
        return fresh;
    }
}
