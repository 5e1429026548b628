package org.leadershipimpact.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.projects.Benefit;
import org.leadershipimpact.projects.DataPoint;
import org.leadershipimpact.projects.Derivation;
import org.leadershipimpact.projects.Measure;
import org.leadershipimpact.projects.spc.Observation;
import org.leadershipimpact.projects.value.DerivedValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Benefits derived from a measure's chart follow the chart: worked out when recorded, and again
 * whenever the measure's points or the measure change, in the same transaction. Apart from both
 * services so that measures need not know benefits, nor benefits measures' service.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DerivedBenefits {

    @Inject
    Outbox outbox;

    /** Works out {@code benefit}'s value from {@code measure} as it stands. */
    void derive(Benefit benefit, Measure measure) {
        apply(benefit, chartOf(measure));
    }

    /**
     * Derives again every benefit that stands derived from {@code measure}, and announces each whose
     * value or working changed: consumers show the working beside the value, so both must be current.
     */
    void follow(Measure measure) {
        List<Benefit> benefits = Benefit.derivedFrom(measure.id);
        if (benefits.isEmpty()) {
            return;
        }
        DerivedValue.Measure chart = chartOf(measure);
        for (Benefit benefit : benefits) {
            Working before = Working.of(benefit);
            apply(benefit, chart);
            if (!before.equals(Working.of(benefit))) {
                outbox.publish(benefit.id, BenefitFacts.corrected(benefit));
            }
        }
    }

    private static DerivedValue.Measure chartOf(Measure measure) {
        List<Observation> points = DataPoint.observationsOf(measure.id);
        return new DerivedValue.Measure(measure.direction, measure.baseline, List.copyOf(measure.rebaseDates), measure.fixedBaselinePoints,
                measure.screenOutliers, measure.isWithdrawn(), points);
    }

    private static void apply(Benefit benefit, DerivedValue.Measure chart) {
        DerivedValue.Outcome outcome;
        try {
            outcome = DerivedValue.of(chart, new DerivedValue.Claim(benefit.recurrence, benefit.periodStart, benefit.periodEnd,
                    benefit.unitValue));
        } catch (ArithmeticException e) {
            // refused whole: a value no benefit (nor any copy of it) can hold must not be stored or announced
            throw new ProblemException(422, "derived-value-out-of-range", "Derived value out of range",
                    "A benefit derived from measure " + benefit.derivation.measureId + " cannot be worked out: " + e.getMessage());
        }
        Derivation derivation = benefit.derivation;
        derivation.status = outcome.status();
        derivation.beforeMean = outcome.beforeMean();
        derivation.afterMean = outcome.afterMean();
        derivation.change = outcome.change();
        derivation.months = outcome.months();
        derivation.rebaseDate = outcome.rebaseDate();
        benefit.value = outcome.value();
    }

    /** What a derivation shows, compared by amount (a number read back from the database may carry another scale). */
    private record Working(String value, String status, String beforeMean, String afterMean, String change, String months, String rebaseDate) {

        static Working of(Benefit b) {
            Derivation d = b.derivation;
            return new Working(amount(b.value), Objects.toString(d.status), amount(d.beforeMean), amount(d.afterMean), amount(d.change),
                    amount(d.months), Objects.toString(d.rebaseDate));
        }

        private static String amount(BigDecimal value) {
            return value == null ? null : value.stripTrailingZeros().toPlainString();
        }
    }
}
