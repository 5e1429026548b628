package org.leadershipimpact.evaluation.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "measure_fact")
public class MeasureFact extends Fact {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "system_code", nullable = false)
    public String systemCode;

    public String name;
    public String kind;
    public String unit;
    public String direction;
    public Double baseline;
    public Double target;

    public boolean withdrawn;

    /** Making Data Count's variation and assurance icons, as the chart last announced showed them. */
    public String variation;
    public String assurance;

    /** When the chart was last announced: an older announcement is never applied over it. */
    @Column(name = "chart_time")
    public Instant chartTime;

    /** The fact its first event starts from; the event then sets the rest. */
    public static MeasureFact first(UUID id) {
        MeasureFact fresh = new MeasureFact();
        fresh.id = id;
        return fresh;
    }
}
