package org.leadershipimpact.evaluation.report;

import org.junit.jupiter.api.Test;
import org.leadershipimpact.evaluation.EvidenceLevel;
import org.leadershipimpact.evaluation.report.Appraisal.AttributionMode;
import org.leadershipimpact.evaluation.report.Appraisal.Claim;
import org.leadershipimpact.evaluation.report.Appraisal.Recurrence;
import org.leadershipimpact.evaluation.report.Appraisal.Result;
import org.leadershipimpact.evaluation.report.Appraisal.Terms;
import org.leadershipimpact.evaluation.report.EvaluationReport.Attribution;
import org.leadershipimpact.evaluation.report.EvaluationReport.BenefitValue;
import org.leadershipimpact.evaluation.report.EvaluationReport.Derivation;
import org.leadershipimpact.evaluation.report.EvaluationReport.IntangibleTotal;
import org.leadershipimpact.evaluation.report.EvaluationReport.SensitivityRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worked examples of docs/design/credible-value.md, with their arithmetic, and each rule of it on its own. */
class AppraisalTest {

    private static final LocalDate APRIL_2018 = LocalDate.of(2018, 4, 1);
    private static final Attribution MANAGERS = new Attribution(new BigDecimal("25"), "MANAGERS_ESTIMATE", new BigDecimal("80"),
            "Over-65s team managers", LocalDate.of(2019, 6, 1));
    private static final long SURREY_COST = 12_895_652L;

    /** A claim builder: pounds over a period, once, self-reported, not isolated, unless told otherwise. */
    private static final class Benefit {
        BigDecimal value;
        String unit = "GBP";
        EvidenceLevel evidence = EvidenceLevel.SELF_REPORTED;
        LocalDate start = APRIL_2018;
        LocalDate end = LocalDate.of(2019, 3, 31);
        Recurrence recurrence = Recurrence.ONCE;
        BigDecimal dropOff;
        BigDecimal unitValue;
        Attribution attribution;
        Derivation derivation;

        Benefit(String value) {
            this.value = new BigDecimal(value);
        }

        Benefit unit(String u, String perUnit) {
            unit = u;
            unitValue = perUnit == null ? null : new BigDecimal(perUnit);
            return this;
        }

        Benefit evidence(EvidenceLevel level) {
            evidence = level;
            return this;
        }

        Benefit period(String from, String to) {
            start = LocalDate.parse(from);
            end = to == null ? null : LocalDate.parse(to);
            return this;
        }

        Benefit recurring(Recurrence r, String drop) {
            recurrence = r;
            dropOff = drop == null ? null : new BigDecimal(drop);
            return this;
        }

        Benefit attributed(Attribution a) {
            attribution = a;
            return this;
        }

        Benefit derived(String status) {
            derivation = new Derivation(UUID.randomUUID(), status, 30.0, 24.0, 6.0, 12, LocalDate.of(2018, 4, 1));
            return this;
        }

        Claim claim() {
            return new Claim(UUID.randomUUID(), UUID.randomUUID(), "FINANCIAL", value, unit, "GBP".equals(unit), evidence, start, end,
                    recurrence, dropOff, unitValue, unitValue == null ? null : "NHS reference costs 2018-19", attribution, derivation);
        }
    }

    private static Terms terms(LocalDate from, int months) {
        return new Terms(EvidenceLevel.SELF_REPORTED, from, months, new BigDecimal("3.5"), AttributionMode.ADJUSTED, false,
                BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static Terms surreyTerms() {
        return terms(APRIL_2018, 12);
    }

    private static Terms with(Terms t, AttributionMode mode) {
        return new Terms(t.evidenceLevel(), t.from(), t.months(), t.discountRate(), mode, t.monetiseUnitValues(), t.costOptimismBias(),
                t.benefitOptimismBias());
    }

    private static Attribution attribution(String share, String method, String confidence) {
        return new Attribution(new BigDecimal(share), method, confidence == null ? null : new BigDecimal(confidence), "Project team",
                LocalDate.of(2019, 6, 1));
    }

    @Test
    void surreyCountsTheManagersShareTimesTheirConfidence() {
        Result result = Appraisal.appraise(List.of(new Benefit("4000000").attributed(MANAGERS).claim()), SURREY_COST, surreyTerms());

        // £4,000,000 wholly within the first year, undiscounted: × 25 % × 80 % = £800,000
        BenefitValue surrey = result.benefits().get(0);
        assertEquals("COUNTED", surrey.status());
        assertEquals(new BigDecimal("400000000"), surrey.claimedPresentValuePence());
        assertEquals(new BigDecimal("20.00"), surrey.countedSharePercent());
        assertEquals(new BigDecimal("80000000"), result.benefitsCountedPence());
        // (80,000,000 − 12,895,652) / 12,895,652 × 100 = 520.36 %; 80,000,000 / 12,895,652 = 6.204
        assertEquals(new BigDecimal("520.4"), result.roiPercent());
        assertEquals(new BigDecimal("6.20"), result.benefitCostRatio());
        assertEquals(new BigDecimal("67104348"), result.netBenefitPence());
        // 12,895,652 / 400,000,000 = 3.22 %, rounded up to a tenth: 3.3 %
        assertEquals(new BigDecimal("3.3"), result.sensitivity().breakEvenAttributionPercent());
        assertTrue(result.statement().startsWith("ROI 520.4 % and benefit–cost ratio 6.20 : 1 set £800,000.00 counted of "
                + "£4,000,000.00 claimed"), result.statement());
    }

    @Test
    void surreyAsClaimedIsTheOldFigure() {
        Result result = Appraisal.appraise(List.of(new Benefit("4000000").attributed(MANAGERS).claim()), SURREY_COST,
                with(surreyTerms(), AttributionMode.CLAIMED));
        // (400,000,000 − 12,895,652) / 12,895,652 × 100 = 3001.78 %; 400,000,000 / 12,895,652 = 31.018
        assertEquals(new BigDecimal("3001.8"), result.roiPercent());
        assertEquals(new BigDecimal("31.02"), result.benefitCostRatio());
        assertEquals(new BigDecimal("100.00"), result.benefits().get(0).countedSharePercent());
    }

    @Test
    void theSensitivityTableShowsEveryEvidenceLevelAndHorizonAdjustedAndAsClaimed() {
        Result result = Appraisal.appraise(List.of(new Benefit("4000000").attributed(MANAGERS).evidence(EvidenceLevel.AUDITED).claim()),
                SURREY_COST, surreyTerms());
        List<SensitivityRow> rows = result.sensitivity().rows();
        assertEquals(9, rows.size());
        assertEquals(List.of("SELF_REPORTED", "SELF_REPORTED", "SELF_REPORTED", "AUDITED", "AUDITED", "AUDITED",
                "INDEPENDENTLY_EVALUATED", "INDEPENDENTLY_EVALUATED", "INDEPENDENTLY_EVALUATED"),
                rows.stream().map(SensitivityRow::evidenceLevel).toList());
        assertEquals(List.of(12, 36, 60, 12, 36, 60, 12, 36, 60), rows.stream().map(SensitivityRow::benefitMonths).toList());
        SensitivityRow audited = rows.get(3);
        assertEquals(new BigDecimal("520.4"), audited.adjustedRoiPercent());
        assertEquals(new BigDecimal("6.20"), audited.adjustedBenefitCostRatio());
        assertEquals(new BigDecimal("3001.8"), audited.claimedRoiPercent());
        assertEquals(new BigDecimal("31.02"), audited.claimedBenefitCostRatio());
        // a benefit once, in the first year: longer horizons add nothing to it
        assertEquals(new BigDecimal("80000000"), rows.get(5).adjustedBenefitsPence());
        // audited evidence is not independently evaluated: nothing counts there, and there is no ROI rather than −100 %
        SensitivityRow independent = rows.get(6);
        assertEquals(BigDecimal.ZERO, independent.adjustedBenefitsPence());
        assertNull(independent.adjustedRoiPercent());
        assertNull(independent.claimedBenefitCostRatio());
    }

    @Test
    void aRecurringBenefitIsDiscountedYearByYearWithItsDropOff() {
        Claim annual = new Benefit("100000").period("2026-01-01", null).recurring(Recurrence.ANNUAL, "20")
                .attributed(attribution("100", "CONTROL_GROUP", null)).claim();
        // year 0 £100,000; year 1 £80,000 / 1.035 = £77,294.685...; year 2 £64,000 / 1.035² = £59,744.684...
        // = £237,039.370..., rounded down to the penny
        BenefitValue value = Appraisal.value(annual, terms(LocalDate.of(2026, 1, 1), 36));
        assertEquals(new BigDecimal("23703937"), value.claimedPresentValuePence());
        assertEquals(new BigDecimal("23703937"), value.countedPence());
        assertEquals(new BigDecimal("100.00"), value.countedSharePercent(), "a control group needs no confidence: 100 %");
    }

    @Test
    void aParticipantsEstimateCountsShareTimesConfidence() {
        Claim claim = new Benefit("10000").attributed(attribution("60", "PARTICIPANTS_ESTIMATE", "70")).claim();
        BenefitValue value = Appraisal.value(claim, surreyTerms());
        // 60 % × 70 % = 42 % of £10,000 = £4,200
        assertEquals(new BigDecimal("42.00"), value.countedSharePercent());
        assertEquals(new BigDecimal("420000"), value.countedPence());
    }

    @Test
    void aBenefitNobodyIsolatedCountsNothingAndIsListedAsNotIsolated() {
        Result result = Appraisal.appraise(List.of(new Benefit("4000000").claim()), SURREY_COST, surreyTerms());
        BenefitValue value = result.benefits().get(0);
        assertEquals("NOT_ISOLATED", value.status());
        assertEquals(new BigDecimal("400000000"), value.claimedPresentValuePence());
        assertEquals(BigDecimal.ZERO, value.countedPence());
        assertEquals(new BigDecimal("400000000"), result.benefitsClaimedPence());
        assertEquals(BigDecimal.ZERO, result.benefitsCountedPence());
        assertNull(result.roiPercent());
        assertNull(result.benefitCostRatio());
        assertTrue(result.statement().startsWith("No benefit counts in money, so no ROI is given"), result.statement());
        assertTrue(result.statement().contains("1 benefit not isolated"), result.statement());
        // the sensitivity table still shows it as claimed, and the break-even against it
        assertEquals(new BigDecimal("3001.8"), result.sensitivity().rows().get(0).claimedRoiPercent());
        assertEquals(new BigDecimal("3.3"), result.sensitivity().breakEvenAttributionPercent());
    }

    @Test
    void aDerivedBenefitWhoseChartShowsNoImprovementCountsNothing() {
        Claim derived = new Benefit("0").derived("NO_IMPROVEMENT").attributed(attribution("100", "TREND_LINE_ANALYSIS", null)).claim();
        Claim real = new Benefit("8640").derived("DERIVED").attributed(attribution("100", "TREND_LINE_ANALYSIS", null)).claim();
        Result result = Appraisal.appraise(List.of(derived, real), 100_000L, surreyTerms());
        assertEquals("NOT_DERIVED", result.benefits().get(0).status());
        assertEquals(BigDecimal.ZERO, result.benefits().get(0).countedPence());
        assertEquals("NO_IMPROVEMENT", result.benefits().get(0).derivation().status());
        assertEquals("COUNTED", result.benefits().get(1).status());
        // only the derived £8,640 counts: (864,000 − 100,000) / 100,000 = 764 %
        assertEquals(new BigDecimal("864000"), result.benefitsCountedPence());
        assertEquals(new BigDecimal("764.0"), result.roiPercent());
    }

    @Test
    void aBenefitNotInMoneyIsMonetisedOnlyWhenAskedAndNeverAddedToPounds() {
        Claim nights = new Benefit("3600").unit("bed nights", "250").attributed(attribution("50", "EXPERTS_ESTIMATE", "50")).claim();
        Claim pounds = new Benefit("100000").attributed(attribution("100", "CONTROL_GROUP", null)).claim();
        Result plain = Appraisal.appraise(List.of(nights, pounds), 1_000_000L, surreyTerms());
        assertEquals("INTANGIBLE", plain.benefits().get(0).status());
        assertNull(plain.benefits().get(0).claimedPresentValuePence());
        assertNull(plain.benefits().get(0).monetised());
        assertEquals(new BigDecimal("10000000"), plain.benefitsCountedPence(), "the pounds only");
        assertEquals(List.of(new IntangibleTotal("bed nights", 1, new BigDecimal("3600"))), plain.intangibles());

        Terms asked = new Terms(EvidenceLevel.SELF_REPORTED, APRIL_2018, 12, new BigDecimal("3.5"), AttributionMode.ADJUSTED, true,
                BigDecimal.ZERO, BigDecimal.ZERO);
        Result monetised = Appraisal.appraise(List.of(nights, pounds), 1_000_000L, asked);
        BenefitValue valued = monetised.benefits().get(0);
        // 3,600 nights × £250 = £900,000, × 50 % × 50 % = £225,000
        assertEquals("COUNTED", valued.status());
        assertEquals(new BigDecimal("90000000"), valued.claimedValuePence());
        assertEquals(new BigDecimal("22500000"), valued.countedPence());
        assertEquals(new BigDecimal("250"), valued.monetised().unitValue());
        assertEquals(new BigDecimal("32500000"), monetised.benefitsCountedPence());
        assertEquals(List.of(), monetised.intangibles());
    }

    @Test
    void aReportWithNothingMonetisedGivesNoRoiButSaysWhy() {
        Claim nights = new Benefit("3600").unit("bed nights", null).claim();
        Result result = Appraisal.appraise(List.of(nights), SURREY_COST, surreyTerms());
        assertNull(result.roiPercent());
        assertNull(result.benefitCostRatio());
        assertNull(result.sensitivity().breakEvenAttributionPercent(), "nothing is claimed in money");
        assertTrue(result.statement().contains("1 benefit not in money"), result.statement());
        assertTrue(!result.statement().contains("−100 %") || result.statement().contains("would be no finding"), result.statement());

        Result empty = Appraisal.appraise(List.of(), SURREY_COST, surreyTerms());
        assertTrue(empty.statement().endsWith("no benefit is recorded."), empty.statement());
        Result free = Appraisal.appraise(List.of(new Benefit("100").attributed(MANAGERS).claim()), 0, surreyTerms());
        assertNull(free.roiPercent());
        assertTrue(free.statement().startsWith("No cost is recorded"), free.statement());
    }

    @Test
    void optimismBiasRaisesCostsAndLowersBenefits() {
        Terms biased = new Terms(EvidenceLevel.SELF_REPORTED, APRIL_2018, 12, new BigDecimal("3.5"), AttributionMode.ADJUSTED, false,
                new BigDecimal("50"), new BigDecimal("20"));
        Result result = Appraisal.appraise(List.of(new Benefit("4000000").attributed(MANAGERS).claim()), SURREY_COST, biased);
        // cost 12,895,652 × 1.5 = 19,343,478; benefits 80,000,000 × 0.8 = 64,000,000 (share 25 × 80 × 80 % = 16 %)
        assertEquals(19_343_478L, result.costPence());
        assertEquals(new BigDecimal("16.00"), result.benefits().get(0).countedSharePercent());
        assertEquals(new BigDecimal("64000000"), result.benefitsCountedPence());
        // (64,000,000 − 19,343,478) / 19,343,478 × 100 = 230.86 %; BCR 3.3086
        assertEquals(new BigDecimal("230.9"), result.roiPercent());
        assertEquals(new BigDecimal("3.31"), result.benefitCostRatio());
        // 19,343,478 / (400,000,000 × 0.8) = 6.04 %, rounded up: 6.1 %
        assertEquals(new BigDecimal("6.1"), result.sensitivity().breakEvenAttributionPercent());
        // a cost of an odd number of pence raised by 50 % is rounded up to the penny
        assertEquals(2L, Appraisal.withCostOptimismBias(1L, new BigDecimal("50")));
    }

    @Test
    void aBenefitStraddlingTheHorizonCountsForItsDaysWithinItRoundedDown() {
        // £12,000 over 2024 (366 days); a horizon from 1 July 2024 holds 184 of its days:
        // 1,200,000p × 184 / 366 = 603,278.69p, counted as 603,278p
        Claim claim = new Benefit("12000").period("2024-01-01", "2024-12-31").attributed(attribution("100", "CONTROL_GROUP", null)).claim();
        assertEquals(new BigDecimal("603278"), Appraisal.value(claim, terms(LocalDate.of(2024, 7, 1), 12)).countedPence());
        // £100 (10,000p) over 31 December 2026 to 9 January 2027 (10 days), horizon from 1 January 2026 for 24 months at 3.5 %:
        // its first day in year 0, 1,000p; the other 9 in year 1, 9,000p / 1.035 = 8,695.65p; 9,695.65p, rounded down
        Claim edge = new Benefit("100").period("2026-12-31", "2027-01-09").attributed(attribution("100", "CONTROL_GROUP", null)).claim();
        assertEquals(new BigDecimal("9695"), Appraisal.value(edge, terms(LocalDate.of(2026, 1, 1), 24)).claimedPresentValuePence());
        // and a 12-month horizon holds only its first day: 1,000p
        assertEquals(new BigDecimal("1000"), Appraisal.value(edge, terms(LocalDate.of(2026, 1, 1), 12)).countedPence());
        Claim after = new Benefit("500").period("2027-01-01", "2027-03-31").attributed(MANAGERS).claim();
        BenefitValue outside = Appraisal.value(after, terms(LocalDate.of(2026, 1, 1), 12));
        assertEquals("OUTSIDE_PERIOD", outside.status());
        assertEquals(BigDecimal.ZERO, outside.countedPence());
    }

    @Test
    void aMonthlyBenefitFromBeforeTheHorizonKeepsItsOwnYearsOfDropOff() {
        // £1,000 a month from 1 July 2025, 20 % less each year; a horizon of 2026: January to June are its first year
        // (6 × £1,000) and July to December its second (6 × £800): £10,800, all in the horizon's year 0
        Claim monthly = new Benefit("1000").period("2025-07-01", null).recurring(Recurrence.MONTHLY, "20")
                .attributed(attribution("100", "CONTROL_GROUP", null)).claim();
        assertEquals(new BigDecimal("1080000"), Appraisal.value(monthly, terms(LocalDate.of(2026, 1, 1), 12)).countedPence());
        // ended on 15 March 2026: January, February and 15 of March's 31 days = 2,000 + 1,000 × 15 / 31 = £2,483.87
        Claim ended = new Benefit("1000").period("2025-07-01", "2026-03-15").recurring(Recurrence.MONTHLY, null)
                .attributed(attribution("100", "CONTROL_GROUP", null)).claim();
        assertEquals(new BigDecimal("248387"), Appraisal.value(ended, terms(LocalDate.of(2026, 1, 1), 12)).countedPence());
    }

    @Test
    void evidenceBelowTheChosenLevelIsNotCounted() {
        Terms audited = new Terms(EvidenceLevel.AUDITED, APRIL_2018, 12, new BigDecimal("3.5"), AttributionMode.ADJUSTED, false,
                BigDecimal.ZERO, BigDecimal.ZERO);
        Result result = Appraisal.appraise(List.of(new Benefit("4000000").attributed(MANAGERS).claim()), SURREY_COST, audited);
        assertEquals("BELOW_EVIDENCE", result.benefits().get(0).status());
        assertNull(result.roiPercent());
        assertTrue(result.statement().contains("1 benefit evidenced below audited"), result.statement());
    }

    @Test
    void benefitsBelowCostGiveANegativeReturnWhenCounted() {
        Result result = Appraisal.appraise(List.of(new Benefit("50000").attributed(attribution("100", "CONTROL_GROUP", null)).claim()),
                20_000_000L, surreyTerms());
        // (5,000,000 − 20,000,000) / 20,000,000 = −75 %, BCR 0.25; break-even 20,000,000 / 5,000,000 = 400 %
        assertEquals(new BigDecimal("-75.0"), result.roiPercent());
        assertEquals(new BigDecimal("0.25"), result.benefitCostRatio());
        assertEquals(new BigDecimal("400.0"), result.sensitivity().breakEvenAttributionPercent());
        assertTrue(result.statement().contains("it cannot pay for itself"), result.statement());
    }
}
