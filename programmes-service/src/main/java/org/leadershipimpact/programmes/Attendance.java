package org.leadershipimpact.programmes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Whether an enrolled participant was at a session. One mark per enrolment and session; a later register corrects it. */
@Entity
@Table(name = "attendance")
@IdClass(Attendance.Key.class)
public class Attendance extends PanacheEntityBase {

    @Id
    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "cohort_id", nullable = false)
    public UUID cohortId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttendanceMark mark;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<Attendance> ofCohort(UUID cohortId) {
        return list("cohortId", cohortId);
    }

    public static List<Attendance> ofEnrolment(UUID enrolmentId) {
        return list("enrolmentId", enrolmentId);
    }

    public static List<Attendance> ofSession(UUID sessionId, Collection<UUID> enrolmentIds) {
        return list("sessionId = ?1 and enrolmentId in ?2", sessionId, enrolmentIds);
    }

    public static class Key implements Serializable {
        public UUID enrolmentId;
        public UUID sessionId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(enrolmentId, that.enrolmentId) && Objects.equals(sessionId, that.sessionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(enrolmentId, sessionId);
        }
    }
}
