package org.leadershipimpact.evaluation.report;

import org.junit.jupiter.api.Test;
import org.leadershipimpact.evaluation.EvidenceLevel;
import org.leadershipimpact.evaluation.report.Appraisal.AttributionMode;
import org.leadershipimpact.evaluation.report.Appraisal.Claim;
import org.leadershipimpact.evaluation.report.Appraisal.Recurrence;
import org.leadershipimpact.evaluation.report.Appraisal.Terms;
import org.leadershipimpact.evaluation.report.EvaluationReport.CostLine;
import org.leadershipimpact.evaluation.report.EvaluationReport.Costs;
import org.leadershipimpact.evaluation.report.EvaluationReport.Roi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReturnOnInvestmentTest {

    private static final LocalDate FROM = LocalDate.of(2024, 4, 1);
    private static final String COST_BASIS = "Cost is the programme's funding plus every additional cost recorded against it";
    private static final List<CostLine> NO_EXTRA = List.of();

    /** £100 on the horizon's first day, counted in full: its present value is 10,000 pence, whatever the discount. */
    private static List<Claim> hundredPounds() {
        return List.of(new Claim(UUID.randomUUID(), UUID.randomUUID(), "FINANCIAL", new BigDecimal("100"), "GBP", true,
                EvidenceLevel.SELF_REPORTED, FROM, FROM, Recurrence.ONCE, null, null, null, null, null));
    }

    private static Terms asClaimed(String costOptimismBias) {
        return new Terms(EvidenceLevel.SELF_REPORTED, FROM, 12, BigDecimal.ZERO, AttributionMode.CLAIMED, false,
                new BigDecimal(costOptimismBias), BigDecimal.ZERO);
    }

    private static String lastBasis(Roi roi) {
        return roi.basis().get(roi.basis().size() - 1);
    }

    @Test
    void aCohortsShareIsItsEnrolmentsOverTheProgrammesToFourPlacesHalfUp() {
        assertEquals(new BigDecimal("0.2500"), ReturnOnInvestment.cohortShare(25, 100));
        assertEquals(new BigDecimal("0.3333"), ReturnOnInvestment.cohortShare(1, 3));
        assertEquals(new BigDecimal("0.6667"), ReturnOnInvestment.cohortShare(2, 3));
        assertEquals(new BigDecimal("0.0000"), ReturnOnInvestment.cohortShare(0, 10));
    }

    @Test
    void aProgrammeWithoutEnrolmentsGivesItsCohortTheWholeCost() {
        assertEquals(BigDecimal.ONE, ReturnOnInvestment.cohortShare(0, 0));
    }

    @Test
    void theCostIsTheFundingPlusEveryAdditionalCost() {
        List<CostLine> extra = List.of(new CostLine("BACKFILL", "Cover for participants' time", 20_000),
                new CostLine("VENUE_AND_TRAVEL", "Rooms", 5_000));

        Roi roi = ReturnOnInvestment.of(100_000L, extra, null, hundredPounds(), asClaimed("0"));

        assertEquals(new Costs(100_000, extra, 125_000, null, true), roi.costs());
        assertEquals(125_000, roi.costPence());
        assertEquals(COST_BASIS, lastBasis(roi));
    }

    @Test
    void roiAndRatioByHand() {
        Roi roi = ReturnOnInvestment.of(5_000L, NO_EXTRA, null, hundredPounds(), asClaimed("0"));

        // (10,000 − 5,000) / 5,000 × 100 = 100 %; 10,000 / 5,000 = 2
        assertEquals(new BigDecimal("10000"), roi.benefitsCountedPence());
        assertEquals(new BigDecimal("5000"), roi.netBenefitPence());
        assertEquals(new BigDecimal("100.0"), roi.roiPercent());
        assertEquals(new BigDecimal("2.00"), roi.benefitCostRatio());
        assertEquals(false, roi.costs().fullyLoaded());
    }

    @Test
    void theCostOptimismBiasRaisesTheCostSetAgainstTheBenefitsNotTheCostRecorded() {
        Roi roi = ReturnOnInvestment.of(5_000L, NO_EXTRA, null, hundredPounds(), asClaimed("10"));

        assertEquals(5_000, roi.costs().totalPence());
        assertEquals(5_500, roi.costPence());
    }

    @Test
    void aCohortCarriesItsShareOfTheCostRoundedUpToThePenny() {
        BigDecimal third = ReturnOnInvestment.cohortShare(1, 3);

        Roi roi = ReturnOnInvestment.of(1_000L, NO_EXTRA, third, hundredPounds(), asClaimed("0"));

        // 1,000 × 0.3333 = 333.3 pence, a penny more than the 333 that rounding down would give
        assertEquals(new Costs(1_000, NO_EXTRA, 334, new BigDecimal("0.3333"), false), roi.costs());
        assertEquals(334, roi.costPence());
        assertEquals(COST_BASIS + ", apportioned to the cohort by its share of enrolments", lastBasis(roi));
    }

    @Test
    void withoutAnyCostThereIsNoRoiButTheBenefitsStillCount() {
        Roi roi = ReturnOnInvestment.of(null, NO_EXTRA, null, hundredPounds(), asClaimed("0"));

        assertEquals(new Costs(0, NO_EXTRA, 0, null, false), roi.costs());
        assertNull(roi.roiPercent());
        assertNull(roi.benefitCostRatio());
        assertEquals(new BigDecimal("10000"), roi.netBenefitPence());
    }
}
