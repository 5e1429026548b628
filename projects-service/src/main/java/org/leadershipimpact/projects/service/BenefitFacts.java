package org.leadershipimpact.projects.service;

import org.leadershipimpact.projects.Attribution;
import org.leadershipimpact.projects.Benefit;
import org.leadershipimpact.projects.Derivation;
import org.leadershipimpact.projects.events.ProjectEvents.BenefitAttribution;
import org.leadershipimpact.projects.events.ProjectEvents.BenefitCorrected;
import org.leadershipimpact.projects.events.ProjectEvents.BenefitDerivation;
import org.leadershipimpact.projects.events.ProjectEvents.BenefitRecorded;

/** A benefit, whole, as its events carry it (docs/design/credible-value.md, the contract between the services). */
final class BenefitFacts {

    private BenefitFacts() {
    }

    static BenefitRecorded recorded(Benefit b) {
        return new BenefitRecorded(b.id, b.projectId, b.programmeId, b.systemCode, b.category.name(), b.value, b.unit, b.periodStart,
                b.periodEnd, b.cashable, b.evidenceLevel.name(), attribution(b.attribution), b.recurrence.name(), b.annualDropOff,
                b.unitValue, b.unitValueSource, b.isDerived() ? derivation(b.derivation) : null);
    }

    static BenefitCorrected corrected(Benefit b) {
        return new BenefitCorrected(b.id, b.projectId, b.programmeId, b.systemCode, b.category.name(), b.value, b.unit, b.periodStart,
                b.periodEnd, b.cashable, b.evidenceLevel.name(), attribution(b.attribution), b.recurrence.name(), b.annualDropOff,
                b.unitValue, b.unitValueSource, b.isDerived() ? derivation(b.derivation) : null);
    }

    private static BenefitAttribution attribution(Attribution a) {
        return a == null ? null : new BenefitAttribution(a.share, a.method.name(), a.confidence, a.estimatedBy, a.estimatedOn);
    }

    private static BenefitDerivation derivation(Derivation d) {
        return new BenefitDerivation(d.measureId, d.status.name(), d.beforeMean, d.afterMean, d.change, d.months, d.rebaseDate);
    }
}
