package org.leadershipimpact.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The running totals of one system, kept up to date by events, so a summary is one row read
 * whatever the size of the system's history.
 */
@Entity
@Table(name = "system_summary")
public class SystemSummary extends PanacheEntityBase {

    @Id
    @Column(name = "system_code")
    public String systemCode;

    @Column(nullable = false)
    public long programmes;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Counts one more programme for {@code systemCode}, creating its row on first use. */
    public static void countProgramme(String systemCode) {
        getEntityManager().createNativeQuery("""
                INSERT INTO system_summary (system_code, programmes, updated_at) VALUES (:system, 1, now())
                ON CONFLICT (system_code) DO UPDATE SET programmes = system_summary.programmes + 1, updated_at = now()
                """).setParameter("system", systemCode).executeUpdate();
    }
}
