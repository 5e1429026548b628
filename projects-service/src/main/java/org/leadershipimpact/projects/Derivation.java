package org.leadershipimpact.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.leadershipimpact.projects.value.DerivationStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A benefit worked out from a measure's chart (docs/design/credible-value.md, rule 2), and the working
 * kept with it, so that whoever reads the value can check it: value = change × £ per unit × months.
 */
@Embeddable
public class Derivation {

    @Column(name = "derived_from_measure_id")
    public UUID measureId;

    @Enumerated(EnumType.STRING)
    @Column(name = "derivation_status")
    public DerivationStatus status;

    @Column(name = "derivation_before_mean")
    public BigDecimal beforeMean;

    @Column(name = "derivation_after_mean")
    public BigDecimal afterMean;

    /** Per month, signed so that an improvement is positive. */
    @Column(name = "derivation_change")
    public BigDecimal change;

    @Column(name = "derivation_months")
    public BigDecimal months;

    /** The re-base date that starts the "after" segment; null when the before points are a fixed baseline or the measure's baseline value. */
    @Column(name = "derivation_rebase_date")
    public LocalDate rebaseDate;
}
