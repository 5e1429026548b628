package org.leadershipimpact.evaluation.report;

import org.junit.jupiter.api.Test;
import org.leadershipimpact.evaluation.report.EvaluationReport.InstrumentResults;
import org.leadershipimpact.evaluation.report.EvaluationReport.QuestionResults;
import org.leadershipimpact.evaluation.survey.Instrument;
import org.leadershipimpact.evaluation.survey.QuestionType;
import org.leadershipimpact.evaluation.survey.Timing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.leadershipimpact.evaluation.report.SurveyData.number;
import static org.leadershipimpact.evaluation.report.SurveyData.question;
import static org.leadershipimpact.evaluation.report.SurveyData.text;

class InstrumentFiguresTest {

    private static final LongPredicate NOTHING_WITHHELD = n -> false;
    private static final LongPredicate BELOW_THREE = n -> n > 0 && n < 3;

    private final SurveyData data = new SurveyData();

    private QuestionResults only(Instrument instrument, LongPredicate withheld) {
        List<InstrumentResults> results = InstrumentFigures.results(data.instruments, data.responses, instrument.kirkpatrickLevel, withheld);
        assertEquals(1, results.size());
        return results.get(0).questions().get(0);
    }

    private static Map<String, Long> counts(Object... pairs) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put((String) pairs[i], ((Integer) pairs[i + 1]).longValue());
        }
        return counts;
    }

    @Test
    void likertAnswersHaveTheirMeanSpreadAndEveryPointCountedInOrder() {
        Instrument reaction = data.instrument(1, Timing.AFTER_SESSION, question("Q1", QuestionType.LIKERT_5, null));
        data.numbers(reaction, "Q1", 1, 2, 2, 5);

        QuestionResults q1 = only(reaction, NOTHING_WITHHELD);
        assertEquals(4L, q1.n());
        assertEquals(new BigDecimal("2.50"), q1.mean());
        // squares about 2.5: 2.25 + 0.25 + 0.25 + 6.25 = 9; 9 / (4 - 1) = 3; sqrt(3) = 1.732
        assertEquals(new BigDecimal("1.73"), q1.standardDeviation());
        assertEquals(List.of("1", "2", "3", "4", "5"), List.copyOf(q1.distribution().keySet()));
        assertEquals(counts("1", 1, "2", 2, "3", 0, "4", 0, "5", 1), q1.distribution());
    }

    @Test
    void numbersAreRoundedHalfUpAndHaveNoDistribution() {
        Instrument reaction = data.instrument(1, Timing.AFTER_SESSION, question("Q1", QuestionType.NUMBER, null));
        data.numbers(reaction, "Q1", 1, 1, 1, 2, 2, 2, 2, 2);

        QuestionResults q1 = only(reaction, NOTHING_WITHHELD);
        // 13 / 8 = 1.625 exactly: half up is 1.63 (half even would be 1.62)
        assertEquals(new BigDecimal("1.63"), q1.mean());
        // 3 × 0.625² + 5 × 0.375² = 1.875; 1.875 / 7 = 0.26786; sqrt = 0.5175
        assertEquals(new BigDecimal("0.52"), q1.standardDeviation());
        assertNull(q1.distribution());
    }

    @Test
    void oneAnswerHasAMeanButNoSpread() {
        Instrument reaction = data.instrument(1, Timing.AFTER_SESSION, question("Q1", QuestionType.NUMBER, null));
        data.numbers(reaction, "Q1", 7);

        QuestionResults q1 = only(reaction, NOTHING_WITHHELD);
        assertEquals(1L, q1.n());
        assertEquals(new BigDecimal("7.00"), q1.mean());
        assertNull(q1.standardDeviation());
    }

    @Test
    void singleChoiceCountsEachChoiceInItsOwnOrderAndHasNoMean() {
        Instrument reaction = data.instrument(1, Timing.AFTER_SESSION,
                question("Q1", QuestionType.SINGLE_CHOICE, null, "Yes", "No", "Unsure"));
        data.respond(reaction, null, text("Q1", "Yes"));
        data.respond(reaction, null, text("Q1", "Unsure"));
        data.respond(reaction, null, text("Q1", "Yes"));

        QuestionResults q1 = only(reaction, NOTHING_WITHHELD);
        assertEquals(3L, q1.n());
        assertEquals(List.of("Yes", "No", "Unsure"), List.copyOf(q1.distribution().keySet()));
        assertEquals(counts("Yes", 2, "No", 0, "Unsure", 1), q1.distribution());
        assertNull(q1.mean());
        assertNull(q1.standardDeviation());
    }

    @Test
    void freeTextIsOnlyCounted() {
        Instrument reaction = data.instrument(1, Timing.AFTER_SESSION, question("Q1", QuestionType.FREE_TEXT, null));
        data.respond(reaction, null, text("Q1", "Useful"));
        data.respond(reaction, null, text("Q1", "Too long"));

        QuestionResults q1 = only(reaction, NOTHING_WITHHELD);
        assertEquals(2L, q1.n());
        assertNull(q1.mean());
        assertNull(q1.distribution());
    }

    @Test
    void aQuestionNobodyAnsweredHasNoMeanAndEveryPointAtNought() {
        Instrument reaction = data.instrument(1, Timing.AFTER_SESSION, question("Q1", QuestionType.LIKERT_5, null),
                question("Q2", QuestionType.LIKERT_5, null));
        data.numbers(reaction, "Q1", 4);

        QuestionResults q2 = InstrumentFigures.results(data.instruments, data.responses, 1, BELOW_THREE).get(0).questions().get(1);
        assertEquals(0L, q2.n());
        assertNull(q2.mean());
        assertNull(q2.standardDeviation());
        assertEquals(counts("1", 0, "2", 0, "3", 0, "4", 0, "5", 0), q2.distribution());
    }

    @Test
    void aSmallCountIsWithheldWithEveryFigureDrawnFromIt() {
        Instrument reaction = data.instrument(1, Timing.AFTER_SESSION, question("Q1", QuestionType.LIKERT_5, "Engaging the team"));
        data.numbers(reaction, "Q1", 5, 4);

        InstrumentResults two = InstrumentFigures.results(data.instruments, data.responses, 1, BELOW_THREE).get(0);
        assertNull(two.responses());
        assertEquals(new QuestionResults("Q1", "How far do you agree: Q1", "LIKERT_5", "Engaging the team", null, null, null, null),
                two.questions().get(0));

        data.numbers(reaction, "Q1", 3);
        InstrumentResults three = InstrumentFigures.results(data.instruments, data.responses, 1, BELOW_THREE).get(0);
        assertEquals(3L, three.responses());
        assertEquals(new BigDecimal("4.00"), three.questions().get(0).mean());
    }

    @Test
    void onlyTheLevelsInstrumentsAreDescribedInTheirOrderEachFromItsOwnAnswers() {
        Instrument first = data.instrument(1, Timing.AFTER_SESSION, question("Q1", QuestionType.NUMBER, null),
                question("Q2", QuestionType.NUMBER, null));
        Instrument behaviour = data.instrument(3, Timing.FOLLOW_UP, question("Q1", QuestionType.NUMBER, null));
        Instrument second = data.instrument(1, Timing.ONE_OFF, question("Q1", QuestionType.NUMBER, null));
        data.respond(first, null, number("Q1", 1), number("Q2", 9));
        data.respond(first, null, number("Q1", 3));
        data.numbers(behaviour, "Q1", 100);
        data.numbers(second, "Q1", 10);

        List<InstrumentResults> level1 = InstrumentFigures.results(data.instruments, data.responses, 1, NOTHING_WITHHELD);
        assertEquals(List.of(first.id, second.id), level1.stream().map(InstrumentResults::instrumentId).toList());
        InstrumentResults one = level1.get(0);
        assertEquals(List.of(1, "PARTICIPANTS", "AFTER_SESSION", 2L),
                List.of(one.kirkpatrickLevel(), one.audience(), one.timing(), one.responses()));
        assertEquals(new BigDecimal("2.00"), one.questions().get(0).mean());
        assertEquals(1L, one.questions().get(1).n());
        assertEquals(new BigDecimal("10.00"), level1.get(1).questions().get(0).mean());

        List<InstrumentResults> level3 = InstrumentFigures.results(data.instruments, data.responses, 3, NOTHING_WITHHELD);
        assertEquals(List.of(behaviour.id), level3.stream().map(InstrumentResults::instrumentId).toList());
        assertEquals(new BigDecimal("100.00"), level3.get(0).questions().get(0).mean());
    }
}
