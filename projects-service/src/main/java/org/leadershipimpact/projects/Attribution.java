package org.leadershipimpact.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The share of a benefit the programme caused, how that was found and how sure its estimators are
 * (docs/design/credible-value.md, rule 1). Who estimated it is a role or a group, never a person's
 * name: the figure is the organisation's judgement, and a name would be personal data in every report.
 */
@Embeddable
public class Attribution {

    /** Per cent, 0 to 100. */
    @Column(name = "attribution_share", precision = 5, scale = 2)
    public BigDecimal share;

    @Enumerated(EnumType.STRING)
    @Column(name = "attribution_method")
    public IsolationMethod method;

    /** Per cent, 0 to 100; 100 for a method other than an estimate that stated none. */
    @Column(name = "attribution_confidence", precision = 5, scale = 2)
    public BigDecimal confidence;

    @Column(name = "attribution_estimated_by")
    public String estimatedBy;

    @Column(name = "attribution_estimated_on")
    public LocalDate estimatedOn;
}
