package org.leadershipimpact.platform;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The system of each of {@code ids} found in {@code table} (where {@code condition} holds, and with
     * {@code lock}, e.g. {@code FOR SHARE}), in one query and without loading the records: how a batch
     * checks the records its rows name. The ids go as one array ({@link Ids#asSqlArray}).
     */
    protected static Map<UUID, String> systemsOf(String table, String condition, String lock, Collection<UUID> ids) {
        List<?> rows = Panache.getEntityManager().createNativeQuery("SELECT CAST(id AS text), system_code FROM " + table
                        + " WHERE id = ANY(CAST(?1 AS uuid[])) AND " + condition + " " + lock)
                .setParameter(1, Ids.asSqlArray(ids))
                .getResultList();
        Map<UUID, String> systems = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            systems.put(UUID.fromString((String) columns[0]), (String) columns[1]);
        }
        return systems;
    }

    /** Gives a new record its id and creation time in {@code systemCode}. */
    protected void identify(String systemCode) {
        this.id = Ids.newId();
        this.systemCode = systemCode;
        this.createdAt = Timestamps.now();
    }
}
