package org.leadershipimpact.evaluation.facts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A special cause a measure's chart shows now; replaced, with the others of its measure, by every announcement of the chart. */
@Entity
@Table(name = "signal_fact")
public class SignalFact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "measure_id", nullable = false)
    public UUID measureId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(name = "system_code", nullable = false)
    public String systemCode;

    @Column(nullable = false)
    public String signal;

    @Column(name = "point_type", nullable = false)
    public String pointType;

    @Column(name = "first_period")
    public LocalDate firstPeriod;

    @Column(name = "last_period")
    public LocalDate lastPeriod;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;

    public static List<SignalFact> ofMeasure(UUID measureId) {
        return list("measureId", measureId);
    }

    public static List<SignalFact> ofProject(UUID projectId) {
        return list("projectId", projectId);
    }

    public static List<SignalFact> ofProgramme(UUID programmeId) {
        return list("programmeId", programmeId);
    }
}
