package org.leadershipimpact.platform;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A record that belongs to one system (tenant): a time-ordered id for cursor paging, the owning
 * system's code for tenancy, and a version for optimistic locking (and ETags).
 */
@MappedSuperclass
public abstract class SystemRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "system_code", nullable = false)
    public String systemCode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** Gives a new record its id and creation time in {@code systemCode}. */
    protected void identify(String systemCode) {
        this.id = Ids.newId();
        this.systemCode = systemCode;
        this.createdAt = Timestamps.now();
    }
}
