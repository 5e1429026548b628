package org.leadershipimpact.evaluation.report;

import org.junit.jupiter.api.Test;
import org.leadershipimpact.evaluation.report.EvaluationReport.DimensionChange;
import org.leadershipimpact.evaluation.report.EvaluationReport.Learning;
import org.leadershipimpact.evaluation.survey.Instrument;
import org.leadershipimpact.evaluation.survey.QuestionType;
import org.leadershipimpact.evaluation.survey.Timing;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.LongPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadershipimpact.evaluation.report.SurveyData.number;
import static org.leadershipimpact.evaluation.report.SurveyData.question;
import static org.leadershipimpact.evaluation.report.SurveyData.text;

class PrePostPairingTest {

    private static final LongPredicate NOTHING_WITHHELD = n -> false;
    private static final String ENGAGING = "Engaging the team";

    private final SurveyData data = new SurveyData();
    private final Instrument pre = data.instrument(2, Timing.PRE, question("E1", QuestionType.LIKERT_5, ENGAGING),
            question("E2", QuestionType.LIKERT_5, ENGAGING), question("V1", QuestionType.LIKERT_5, "Sharing the vision"),
            question("C1", QuestionType.LIKERT_5, null), question("T1", QuestionType.FREE_TEXT, ENGAGING));
    private final Instrument post = data.instrument(2, Timing.POST, question("E1", QuestionType.LIKERT_5, ENGAGING),
            question("V1", QuestionType.LIKERT_5, "Sharing the vision"));

    /** One person's E1 answer before and after. */
    private void person(double before, double after) {
        UUID enrolment = UUID.randomUUID();
        data.respond(pre, enrolment, number("E1", before));
        data.respond(post, enrolment, number("E1", after));
    }

    private Learning learning() {
        return PrePostPairing.learning(data.instruments, data.responses, NOTHING_WITHHELD);
    }

    private void assertNothingPairedFromTheLevel2Instruments() {
        Learning learning = learning();
        assertTrue(learning.dimensions().isEmpty());
        assertEquals(List.of(pre.id), learning.preInstruments());
        assertEquals(List.of(post.id), learning.postInstruments());
    }

    private static BigDecimal two(String value) {
        return new BigDecimal(value);
    }

    @Test
    void threePeoplesChangeByHand() {
        person(2, 3);
        person(3, 5);
        person(4, 4);

        DimensionChange engaging = learning().dimensions().get(0);
        // differences 1, 2, 0: mean 1, SD sqrt((0 + 1 + 1) / 2) = 1, d_z = 1 / 1;
        // t(0.975, 2 df) = 4.302653, so the interval is 1 ± 4.302653 × 1 / sqrt(3) = 1 ± 2.484138
        assertEquals(new DimensionChange(ENGAGING, 3L, two("3.00"), two("4.00"), two("1.00"), two("1.00"), two("1.00"), two("-1.48"),
                two("3.48")), engaging);
    }

    @Test
    void onePairHasAChangeButNoSpreadEffectOrInterval() {
        person(2, 4);

        assertEquals(new DimensionChange(ENGAGING, 1L, two("2.00"), two("4.00"), two("2.00"), null, null, null, null),
                learning().dimensions().get(0));
    }

    @Test
    void identicalChangesHaveNoSpreadNoEffectSizeAndAnIntervalOfOnePoint() {
        person(2, 3);
        person(4, 5);

        assertEquals(new DimensionChange(ENGAGING, 2L, two("3.00"), two("4.00"), two("1.00"), two("0.00"), null, two("1.00"), two("1.00")),
                learning().dimensions().get(0));
    }

    @Test
    void withoutPairsThereIsNoDimensionButTheInstrumentsAreNamed() {
        data.respond(pre, UUID.randomUUID(), number("E1", 2));
        data.respond(post, UUID.randomUUID(), number("E1", 4));

        assertNothingPairedFromTheLevel2Instruments();
    }

    @Test
    void aPersonsAnswersToOneDimensionAreAveragedBeforePairing() {
        UUID enrolment = UUID.randomUUID();
        // E1 and E2 average 3; C1 has no dimension and T1 no number, so neither counts
        data.respond(pre, enrolment, number("E1", 2), number("E2", 4), number("C1", 1), text("T1", "Better"));
        data.respond(post, enrolment, number("E1", 5));

        assertEquals(new DimensionChange(ENGAGING, 1L, two("3.00"), two("5.00"), two("2.00"), null, null, null, null),
                learning().dimensions().get(0));
    }

    @Test
    void anonymousResponsesAndOtherLevelsAreNeverPaired() {
        data.respond(pre, null, number("E1", 1));
        data.respond(post, null, number("E1", 5));
        UUID enrolment = UUID.randomUUID();
        Instrument reactionBefore = data.instrument(1, Timing.PRE, question("E1", QuestionType.LIKERT_5, ENGAGING));
        Instrument reactionAfter = data.instrument(1, Timing.POST, question("E1", QuestionType.LIKERT_5, ENGAGING));
        data.respond(reactionBefore, enrolment, number("E1", 1));
        data.respond(reactionAfter, enrolment, number("E1", 5));

        assertNothingPairedFromTheLevel2Instruments();
    }

    @Test
    void dimensionsComeByNameAndASmallCountIsWithheldWithEveryFigure() {
        for (int person = 0; person < 3; person++) {
            UUID enrolment = UUID.randomUUID();
            data.respond(pre, enrolment, number("V1", 2));
            data.respond(post, enrolment, number("V1", 3));
        }
        person(2, 4);

        List<DimensionChange> dimensions = PrePostPairing.learning(data.instruments, data.responses, n -> n > 0 && n < 3).dimensions();
        assertEquals(List.of(ENGAGING, "Sharing the vision"), dimensions.stream().map(DimensionChange::dimension).toList());
        assertEquals(new DimensionChange(ENGAGING, null, null, null, null, null, null, null, null), dimensions.get(0));
        assertEquals(3L, dimensions.get(1).n());
        assertEquals(two("1.00"), dimensions.get(1).meanDifference());
    }
}
