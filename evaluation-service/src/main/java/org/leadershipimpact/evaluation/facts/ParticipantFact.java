package org.leadershipimpact.evaluation.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A participant as analysts may know them: no name, no e-mail, only what places them in the workforce. */
@Entity
@Table(name = "participant_fact")
public class ParticipantFact extends Fact {

    @Id
    public UUID id;

    @Column(name = "system_code", nullable = false)
    public String systemCode;

    public String profession;
    public String sector;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    /** The fact its first event starts from, registered at the time of that event; the event then sets the rest. */
    public static ParticipantFact first(UUID id, String systemCode, Instant registeredAt) {
        ParticipantFact fresh = new ParticipantFact();
        fresh.id = id;
        fresh.systemCode = systemCode;
        fresh.registeredAt = registeredAt;
        return fresh;
    }
}
