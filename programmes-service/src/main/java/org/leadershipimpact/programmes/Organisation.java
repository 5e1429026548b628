package org.leadershipimpact.programmes;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.withdrawal.WithdrawableRecord;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A body taking part in a system's programmes: commissioner, delivery partner, or a participant's employer. */
@Entity
@Table(name = "organisation")
public class Organisation extends WithdrawableRecord {

    @Column(nullable = false)
    public String name;

    /** NHS ODS code, where the organisation has one; checked for shape only, as codes change when ICBs merge. */
    @Column(name = "ods_code")
    public String odsCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationType type;

    public static List<Organisation> page(PageRequest page, Set<String> systems, OrganisationType type) {
        PageRequest.Keyset keyset = page.keysetWithin(systems).current()
                .and(type != null, "type = :type", "type", type);
        return find(keyset.where(), Sort.by("id"), keyset.parameters()).page(0, page.fetchSize()).list();
    }

    /**
     * Organisations referred to must stand (not withdrawn) in the same system. The row is held (FOR SHARE)
     * until the transaction ends, so that it is not withdrawn while something new names it.
     */
    public static boolean existsIn(String systemCode, UUID id) {
        return id != null && find("id = ?1 and systemCode = ?2 and " + CURRENT, id, systemCode)
                .withLock(LockModeType.PESSIMISTIC_READ).firstResultOptional().isPresent();
    }

    /**
     * {@link #existsIn} for many at once, in one query: the system of each of {@code ids} that stands, held
     * as there. In SQL, since it runs for every participant registered: as JPQL it was a seventh of the
     * service's CPU under a stream of single registrations.
     */
    public static Map<UUID, String> systemsOfStanding(Collection<UUID> ids) {
        return systemsOf("organisation", "withdrawn_at IS NULL", "FOR SHARE", ids);
    }

    public static Organisation register(String systemCode) {
        Organisation organisation = new Organisation();
        organisation.identify(systemCode);
        return organisation;
    }
}
