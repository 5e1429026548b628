package org.leadershipimpact.evaluation.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
}
