package org.leadershipimpact.projects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.leadershipimpact.projects.spc.Observation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

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

    /**
     * The points that stand, in period order, as a chart reads them: read-only values, so a chart of
     * thousands of points costs the query and not as many managed entities checked at every flush.
     */
    public static List<Observation> observationsOf(UUID measureId) {
        return getEntityManager().createQuery("""
                SELECT new org.leadershipimpact.projects.spc.Observation(p.period, p.value) FROM DataPoint p
                WHERE p.measureId = :measure AND p.withdrawnAt IS NULL ORDER BY p.period""", Observation.class)
                .setParameter("measure", measureId).getResultList();
    }

    /** Every point ever recorded, withdrawn ones too: a correction reuses the row of its period. */
    public static List<DataPoint> everOfMeasure(UUID measureId) {
        return list("measureId", Sort.by("period"), measureId);
    }

    /**
     * Records points of one measure, each period once: a new period is added, one recorded before is
     * corrected (and stands again if it was withdrawn). One statement for the whole batch: a measure's
     * history arrives thousands of points at a time, and an insert or update per point cost the call
     * many times what the database needs for it (docs/PERFORMANCE.md). Points of the measure already in
     * the persistence context would not see the change, so none must be loaded before.
     */
    public static void record(UUID measureId, List<Observation> points, Instant recordedAt) {
        // arrays as text: a double's shortest decimal form reads back as the same float8, a date as its ISO form
        getEntityManager().createNativeQuery("""
                INSERT INTO data_point (measure_id, period, value, recorded_at, withdrawn_at)
                SELECT :measure, p.period, p.value, :recordedAt, NULL
                FROM unnest(CAST(:periods AS date[]), CAST(:values AS float8[])) AS p(period, value)
                ON CONFLICT (measure_id, period)
                DO UPDATE SET value = excluded.value, recorded_at = excluded.recorded_at, withdrawn_at = NULL""")
                .setParameter("measure", measureId)
                .setParameter("recordedAt", recordedAt)
                .setParameter("periods", points.stream().map(p -> p.date().toString()).collect(Collectors.joining(",", "{", "}")))
                .setParameter("values", points.stream().map(p -> Double.toString(p.value())).collect(Collectors.joining(",", "{", "}")))
                .executeUpdate();
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
