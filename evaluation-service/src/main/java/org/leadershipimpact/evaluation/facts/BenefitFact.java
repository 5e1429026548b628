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

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    public boolean cashable;

    @Column(name = "evidence_level", nullable = false)
    public String evidenceLevel;

    /** Withdrawn: it counts nowhere, and is kept only so that no older event brings it back. */
    public boolean withdrawn;

    public boolean isMoney() {
        return POUNDS.contains(unit.trim().toUpperCase(Locale.ROOT));
    }

    /** The benefits that stand (a withdrawn one counts nowhere). */
    public static List<BenefitFact> ofProject(UUID projectId) {
        return list("projectId = ?1 and withdrawn = false", projectId);
    }

    public static List<BenefitFact> ofProgramme(UUID programmeId) {
        return list("programmeId = ?1 and withdrawn = false", programmeId);
    }
}
