package org.leadershipimpact.evaluation.facts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "milestone_fact")
public class MilestoneFact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "system_code", nullable = false)
    public String systemCode;

    public String title;

    @Column(name = "achieved_on")
    public LocalDate achievedOn;
}
