package org.leadershipimpact.programmes;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.SystemRecord;
import org.leadershipimpact.platform.paging.PageRequest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A person taking part. Names and e-mail are personal data: they stay in this service, are never
 * logged and never leave in events; other services know a participant by id only.
 */
@Entity
@Table(name = "participant")
public class Participant extends SystemRecord {

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    /** Null once erased, and only then. */
    public String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Profession profession;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "job_title")
    public String jobTitle;

    /** When the person's names, e-mail and job title were erased at their request; null while they are held. */
    @Column(name = "erased_on")
    public LocalDate erasedOn;

    public static Participant register(String systemCode) {
        Participant participant = new Participant();
        participant.identify(systemCode);
        return participant;
    }

    public boolean isErased() {
        return erasedOn != null;
    }

    /**
     * Erases the person's data (UK GDPR Article 17): the names become a placeholder that says so, the
     * e-mail and job title go. Id, system, profession, sector and organisation are not identifying and
     * stay, with everything that refers to the participant, so every count stays as it was.
     */
    public void erase(LocalDate on) {
        String placeholder = "erased on " + on;
        givenName = placeholder;
        familyName = placeholder;
        email = null;
        jobTitle = null;
        erasedOn = on;
    }

    /** E-mail addresses are compared without regard to case: one person, one registration per system. */
    public static boolean emailTaken(String systemCode, String email, UUID except) {
        return count("systemCode = ?1 and lower(email) = lower(?2) and id <> ?3", systemCode, email,
                except == null ? new UUID(0, 0) : except) > 0;
    }

    /**
     * {@link #emailTaken} for a whole batch in one query: the positions (from 0) of the pairs whose e-mail
     * is already registered in its system. PostgreSQL's {@code lower} decides, as in the unique index.
     */
    public static Set<Integer> emailsTaken(List<String> systemCodes, List<String> emails) {
        List<?> taken = getEntityManager().createNativeQuery("""
                SELECT CAST(r.n - 1 AS integer) FROM unnest(CAST(?1 AS text[]), CAST(?2 AS text[])) WITH ORDINALITY AS r(system_code, email, n)
                WHERE EXISTS (SELECT 1 FROM participant p WHERE p.system_code = r.system_code AND lower(p.email) = lower(r.email))""")
                .setParameter(1, systemCodes.toArray(String[]::new))
                .setParameter(2, emails.toArray(String[]::new))
                .getResultList();
        return taken.stream().map(n -> ((Number) n).intValue()).collect(Collectors.toSet());
    }

    /** The system of each of {@code ids} that exists, in one query, without loading the people themselves. */
    public static Map<UUID, String> systemsOf(Collection<UUID> ids) {
        return systemsOf("participant", "true", "", ids);
    }

    public static List<Participant> page(PageRequest page, Set<String> systems, Profession profession, Sector sector, UUID organisationId) {
        PageRequest.Keyset keyset = page.keysetWithin(systems)
                .and(profession != null, "profession = :profession", "profession", profession)
                .and(sector != null, "sector = :sector", "sector", sector)
                .and(organisationId != null, "organisationId = :organisation", "organisation", organisationId);
        return find(keyset.where(), Sort.by("id"), keyset.parameters()).page(0, page.fetchSize()).list();
    }
}
