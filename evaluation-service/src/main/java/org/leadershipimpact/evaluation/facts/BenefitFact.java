package org.leadershipimpact.evaluation.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "benefit_fact")
public class BenefitFact extends Fact {

    /** Units that mean pounds sterling: only these benefits are money, everything else is reported as it is. */
    private static final Set<String> POUNDS = Set.of("GBP", "£", "POUNDS", "POUNDS STERLING");

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(name = "system_code", nullable = false)
    public String systemCode;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal value;

    @Column(nullable = false)
    public String unit;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    /** Null for a recurring benefit that runs on. */
    @Column(name = "period_end")
    public LocalDate periodEnd;

    public boolean cashable;

    @Column(name = "evidence_level", nullable = false)
    public String evidenceLevel;

    /** The percent of the benefit the programme caused, by which method, how sure (percent): null when nobody isolated it. */
    @Column(name = "attribution_share")
    public BigDecimal attributionShare;

    @Column(name = "attribution_method")
    public String attributionMethod;

    @Column(name = "attribution_confidence")
    public BigDecimal attributionConfidence;

    /** A role or a group, never a person's name. */
    @Column(name = "attribution_estimated_by")
    public String attributionEstimatedBy;

    @Column(name = "attribution_estimated_on")
    public LocalDate attributionEstimatedOn;

    /** ONCE, MONTHLY or ANNUAL. */
    @Column(nullable = false)
    public String recurrence = "ONCE";

    /** Percent a recurring benefit loses each year after its first. */
    @Column(name = "annual_drop_off")
    public BigDecimal annualDropOff;

    /** £ per unit for a benefit not in money, and where that figure comes from. */
    @Column(name = "unit_value")
    public BigDecimal unitValue;

    @Column(name = "unit_value_source")
    public String unitValueSource;

    /** Set for a benefit projects-service derives from a measure's chart. */
    @Column(name = "derived_from_measure_id")
    public UUID derivedFromMeasureId;

    @Column(name = "derivation_status")
    public String derivationStatus;

    @Column(name = "derivation_before_mean")
    public Double derivationBeforeMean;

    @Column(name = "derivation_after_mean")
    public Double derivationAfterMean;

    @Column(name = "derivation_change")
    public Double derivationChange;

    @Column(name = "derivation_months")
    public Integer derivationMonths;

    @Column(name = "derivation_rebase_date")
    public LocalDate derivationRebaseDate;

    /** Withdrawn: it counts nowhere, and is kept only so that no older event brings it back. */
    public boolean withdrawn;

    public boolean isMoney() {
        return POUNDS.contains(unit.trim().toUpperCase(Locale.ROOT));
    }

    /** The fact its first event starts from; the event then sets the rest. */
    public static BenefitFact first(UUID id) {
        BenefitFact fresh = new BenefitFact();
        fresh.id = id;
        return fresh;
    }

    /** The benefits that stand (a withdrawn one counts nowhere). */
    public static List<BenefitFact> ofProject(UUID projectId) {
        return list("projectId = ?1 and withdrawn = false", projectId);
    }

    public static List<BenefitFact> ofProgramme(UUID programmeId) {
        return list("programmeId = ?1 and withdrawn = false", programmeId);
    }
}
