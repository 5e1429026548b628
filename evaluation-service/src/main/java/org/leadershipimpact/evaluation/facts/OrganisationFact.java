package org.leadershipimpact.evaluation.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** An organisation is not a person: its name may be reported. */
@Entity
@Table(name = "organisation_fact")
public class OrganisationFact extends Fact {

    @Id
    public UUID id;

    @Column(name = "system_code", nullable = false)
    public String systemCode;

    public String name;
    public String type;

    @Column(name = "ods_code")
    public String odsCode;

    /** Withdrawn in programmes-service: nothing new names it; kept for what already joins to it. */
    public boolean withdrawn;

    /** The fact its first event starts from; the event then sets the rest. */
    public static OrganisationFact first(UUID id) {
        OrganisationFact fresh = new OrganisationFact();
        fresh.id = id;
        return fresh;
    }
}
