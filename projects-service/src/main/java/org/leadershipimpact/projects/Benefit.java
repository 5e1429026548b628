package org.leadershipimpact.projects;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.withdrawal.WithdrawableRecord;
import org.leadershipimpact.platform.paging.PageRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** What a project achieved, as its system reports it: "3,600 hospital nights avoided", "£4m released". */
@Entity
@Table(name = "benefit")
public class Benefit extends WithdrawableRecord {

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    /** The programme the project came from, copied so programme totals need no join. */
    @Column(name = "programme_id")
    public UUID programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BenefitCategory category;

    @Column(nullable = false)
    public String description;

    /** Money in pounds to the penny, counts as whole numbers: never a floating-point number. */
    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal value;

    @Column(nullable = false)
    public String unit;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    /** Null for a recurring benefit that goes on. */
    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(nullable = false)
    public boolean cashable;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_level", nullable = false)
    public EvidenceLevel evidenceLevel;

    /** Null when nobody isolated the programme's part: the report then counts it £0 (Phillips: no data, no improvement). */
    @Embedded
    public Attribution attribution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Recurrence recurrence = Recurrence.ONCE;

    /** Per cent a year a recurring benefit loses (Green Book): year k is worth value × (1 − drop-off)^k. */
    @Column(name = "annual_drop_off", precision = 5, scale = 2)
    public BigDecimal annualDropOff;

    /** Pounds per unit: what monetises a benefit that is not money, or a derived benefit's change. */
    @Column(name = "unit_value", precision = 18, scale = 4)
    public BigDecimal unitValue;

    @Column(name = "unit_value_source")
    public String unitValueSource;

    /** Null unless the benefit is derived from a measure's chart; then its value follows the chart. */
    @Embedded
    public Derivation derivation;

    /** The units that mean pounds, as evaluation-service's BenefitFact.isMoney reads them: both must agree. */
    private static final Set<String> POUNDS = Set.of("GBP", "£", "POUNDS", "POUNDS STERLING");

    public static boolean isMoney(String unit) {
        return POUNDS.contains(unit.strip().toUpperCase(Locale.ROOT));
    }

    public boolean isDerived() {
        return derivation != null && derivation.measureId != null;
    }

    public static Benefit of(ImprovementProject project) {
        Benefit benefit = new Benefit();
        benefit.identify(project.systemCode);
        benefit.projectId = project.id;
        benefit.programmeId = project.originProgrammeId;
        return benefit;
    }

    public static List<Benefit> ofProject(UUID projectId) {
        return list("projectId = ?1 and " + CURRENT, Sort.by("id"), projectId);
    }

    public static List<Benefit> ofProgramme(UUID programmeId) {
        return list("programmeId = ?1 and " + CURRENT, Sort.by("id"), programmeId);
    }

    /** The benefits that stand derived from the measure: one query, whatever their number. */
    public static List<Benefit> derivedFrom(UUID measureId) {
        return list("derivation.measureId = ?1 and " + CURRENT, Sort.by("id"), measureId);
    }

    public static List<Benefit> page(PageRequest page, Collection<String> systems, UUID projectId, UUID programmeId) {
        PageRequest.Keyset keyset = page.keysetWithin(systems).current()
                .and(projectId != null, "projectId = :project", "project", projectId)
                .and(programmeId != null, "programmeId = :programme", "programme", programmeId);
        return find(keyset.where(), Sort.by("id"), keyset.parameters()).page(0, page.fetchSize()).list();
    }
}
