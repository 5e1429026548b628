package org.leadershipimpact.evaluation.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Worked by hand from the Phillips formulas: ROI % = (benefits − costs) / costs × 100, BCR = benefits / costs. */
class PhillipsTest {

    @Test
    void roiAndBenefitCostRatio() {
        Phillips.Result result = Phillips.of(10_000_000L, new BigDecimal("24000000"));
        assertEquals(new BigDecimal("140.0"), result.roiPercent());
        assertEquals(new BigDecimal("2.40"), result.benefitCostRatio());
        assertEquals(new BigDecimal("14000000"), result.netBenefitPence());
    }

    @Test
    void benefitsBelowCostGiveANegativeReturn() {
        Phillips.Result result = Phillips.of(20_000_000L, new BigDecimal("5000000"));
        assertEquals(new BigDecimal("-75.0"), result.roiPercent());
        assertEquals(new BigDecimal("0.25"), result.benefitCostRatio());
    }

    @Test
    void withoutACostThereIsNoRatio() {
        Phillips.Result result = Phillips.of(0, new BigDecimal("100"));
        assertNull(result.roiPercent());
        assertNull(result.benefitCostRatio());
    }

    @Test
    void aBenefitStraddlingThePeriodCountsProRataByDaysRoundedDown() {
        // £12,000 over 2024 (366 days); the period from 1 July 2024 holds 184 of its days:
        // 1,200,000p × 184 / 366 = 603,278.69p, counted as 603,278p
        assertEquals(new BigDecimal("603278"), Phillips.countedPence(new BigDecimal("12000.00"),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2024, 7, 1), LocalDate.of(2025, 7, 1)));
    }

    @Test
    void aBenefitWhollyInsideCountsInFullAndOneOutsideNotAtAll() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate until = LocalDate.of(2027, 1, 1);
        assertEquals(new BigDecimal("400000000"), Phillips.countedPence(new BigDecimal("4000000"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), from, until));
        assertEquals(BigDecimal.ZERO, Phillips.countedPence(new BigDecimal("500"),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), from, until));
        // one day inside: 31 December 2026 of a benefit over 31 December 2026 to 9 January 2027 (10 days)
        assertEquals(new BigDecimal("1000"), Phillips.countedPence(new BigDecimal("100"),
                LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 9), from, until));
    }
}
