package org.leadershipimpact.platform.withdrawal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The audit of one withdrawal: which record, who took it back, when, and why. */
@Entity
@Table(name = "withdrawal")
public class Withdrawal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "record_type", nullable = false)
    public String recordType;

    @Column(name = "record_id", nullable = false)
    public UUID recordId;

    /** What of the record was withdrawn, when not all of it: a measure's data point is named by its period. */
    public String part;

    @Column(name = "system_code", nullable = false)
    public String systemCode;

    @Column(nullable = false)
    public String reason;

    /** The token subject of who withdrew it: a user id, never a participant's name or e-mail. */
    @Column(name = "withdrawn_by", nullable = false)
    public String withdrawnBy;

    @Column(name = "withdrawn_at", nullable = false)
    public Instant withdrawnAt;

    /** The latest withdrawal of the record, or null. */
    public static Withdrawal of(String recordType, UUID recordId) {
        return find("recordType = ?1 and recordId = ?2 and part is null order by withdrawnAt desc", recordType, recordId).firstResult();
    }

    /** Every withdrawal of parts of the record, newest first. */
    public static List<Withdrawal> ofParts(String recordType, UUID recordId) {
        return list("recordType = ?1 and recordId = ?2 and part is not null order by withdrawnAt desc, part", recordType, recordId);
    }
}
