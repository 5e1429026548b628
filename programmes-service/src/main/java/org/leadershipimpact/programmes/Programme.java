package org.leadershipimpact.programmes;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.SystemRecord;
import org.leadershipimpact.platform.paging.PageRequest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** A leadership development programme run by, or for, one system. */
@Entity
@Table(name = "programme")
public class Programme extends SystemRecord {

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgrammeStatus status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A new programme starts as a draft. */
    public static Programme draft(String systemCode, String title) {
        Programme programme = new Programme();
        programme.identify(systemCode);
        programme.title = title.strip();
        programme.status = ProgrammeStatus.DRAFT;
        programme.updatedAt = programme.createdAt;
        return programme;
    }

    /** A page in creation order, within {@code systems} unless null. */
    public static List<Programme> page(PageRequest page, Collection<String> systems) {
        PageRequest.Keyset keyset = page.keysetWithin(systems);
        return find(keyset.where(), Sort.by("id"), keyset.parameters()).page(0, page.fetchSize()).list();
    }
}
