package org.leadershipimpact.projects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A measure's value for a period (a day, week or month, named by its date). Recording a period again corrects it. */
@Entity
@Table(name = "data_point")
@IdClass(DataPoint.Key.class)
public class DataPoint extends PanacheEntityBase {

    @Id
    @Column(name = "measure_id")
    public UUID measureId;

    @Id
    public LocalDate period;

    @Column(nullable = false)
    public double value;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** Set when the point was taken back; recording the period again brings it back with the new value. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    /** The points that stand, in period order. */
    public static List<DataPoint> ofMeasure(UUID measureId) {
        return list("measureId = ?1 and withdrawnAt is null", Sort.by("period"), measureId);
    }

    /** Every point ever recorded, withdrawn ones too: a correction reuses the row of its period. */
    public static List<DataPoint> everOfMeasure(UUID measureId) {
        return list("measureId", Sort.by("period"), measureId);
    }

    public static class Key implements Serializable {
        public UUID measureId;
        public LocalDate period;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(measureId, that.measureId) && Objects.equals(period, that.period);
        }

        @Override
        public int hashCode() {
            return Objects.hash(measureId, period);
        }
    }
}
