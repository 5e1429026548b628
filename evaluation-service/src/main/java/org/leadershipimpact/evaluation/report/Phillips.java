package org.leadershipimpact.evaluation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Return on investment by the Phillips ROI Methodology: ROI % = (monetised benefits − fully loaded
 * cost) / cost × 100, and the benefit–cost ratio = benefits / cost. Its guiding principles shape the
 * inputs rather than the formula: only benefits with enough evidence and within the benefit period
 * count (a benefit straddling the period counts pro rata, rounded down), costs include everything
 * (not only the programme's funding), and intangible benefits are reported, never turned into money.
 */
public final class Phillips {

    private Phillips() {
    }

    public record Result(long costPence, BigDecimal benefitsPence, BigDecimal netBenefitPence,
            BigDecimal roiPercent, BigDecimal benefitCostRatio) {
    }

    /** ROI and BCR are null without a cost to set them against. */
    public static Result of(long costPence, BigDecimal benefitsPence) {
        BigDecimal cost = BigDecimal.valueOf(costPence);
        BigDecimal net = benefitsPence.subtract(cost);
        if (costPence <= 0) {
            return new Result(costPence, benefitsPence, net, null, null);
        }
        return new Result(costPence, benefitsPence, net,
                net.multiply(BigDecimal.valueOf(100)).divide(cost, 1, RoundingMode.HALF_UP),
                benefitsPence.divide(cost, 2, RoundingMode.HALF_UP));
    }

    /**
     * The part of a benefit of {@code pounds} over [{@code start}, {@code end}] (inclusive) that
     * falls within [{@code from}, {@code until}) , in pence, in proportion to days; rounded down to the penny.
     */
    public static BigDecimal countedPence(BigDecimal pounds, LocalDate start, LocalDate end, LocalDate from, LocalDate until) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        LocalDate overlapStart = start.isAfter(from) ? start : from;
        LocalDate overlapEnd = end.plusDays(1).isBefore(until) ? end.plusDays(1) : until;
        long inside = Math.max(0, ChronoUnit.DAYS.between(overlapStart, overlapEnd));
        if (days <= 0 || inside == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal pence = pounds.movePointRight(2);
        if (inside >= days) {
            return pence.setScale(0, RoundingMode.DOWN);
        }
        return pence.multiply(BigDecimal.valueOf(inside)).divide(BigDecimal.valueOf(days), 0, RoundingMode.DOWN);
    }
}
