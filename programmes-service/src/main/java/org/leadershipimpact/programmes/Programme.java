package org.leadershipimpact.programmes;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.Ids;
import org.leadershipimpact.platform.SystemRecord;
import org.leadershipimpact.platform.paging.PageRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A leadership development programme run by, or for, one system. */
@Entity
@Table(name = "programme")
public class Programme extends SystemRecord {

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgrammeKind kind;

    public String aims;

    @Column(name = "commissioner_id")
    public UUID commissionerId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_delivery_partner", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "organisation_id")
    public Set<UUID> deliveryPartnerIds = new LinkedHashSet<>();

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgrammeStatus status;

    /** Null when the programme names no funding (all three columns empty). */
    @Embedded
    public Funding funding;

    public Integer capacity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_target_profession", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "profession")
    @Enumerated(EnumType.STRING)
    public Set<Profession> targetProfessions = new LinkedHashSet<>();

    /** Share of sessions held that a participant must attend to complete, in percent. */
    @Column(name = "completion_threshold_percent", nullable = false)
    public int completionThresholdPercent;

    /** Null when the programme leads to no award (all six columns empty). */
    @Embedded
    public Accreditation accreditation;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A new programme starts as a draft. */
    /** The programmes of {@code ids}, in SQL with the ids as one array, as a batch's other checks ({@link Ids#asSqlArray}). */
    @SuppressWarnings("unchecked")
    public static List<Programme> withIds(Collection<UUID> ids) {
        return getEntityManager().createNativeQuery("SELECT * FROM programme WHERE id = ANY(CAST(?1 AS uuid[]))", Programme.class)
                .setParameter(1, Ids.asSqlArray(ids))
                .getResultList();
    }

    public static Programme draft(String systemCode) {
        Programme programme = new Programme();
        programme.identify(systemCode);
        programme.status = ProgrammeStatus.DRAFT;
        programme.updatedAt = programme.createdAt;
        return programme;
    }

    public boolean isAccredited() {
        return accreditation != null;
    }

    /** A page in creation order, within {@code systems} unless null, optionally of one status and kind. */
    public static List<Programme> page(PageRequest page, Set<String> systems, ProgrammeStatus status, ProgrammeKind kind) {
        PageRequest.Keyset keyset = page.keysetWithin(systems)
                .and(status != null, "status = :status", "status", status)
                .and(kind != null, "kind = :kind", "kind", kind);
        return find(keyset.where(), Sort.by("id"), keyset.parameters()).page(0, page.fetchSize()).list();
    }
}
