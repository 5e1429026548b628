package org.leadershipimpact.evaluation.report;

import org.leadershipimpact.evaluation.report.EvaluationReport.InstrumentResults;
import org.leadershipimpact.evaluation.report.EvaluationReport.QuestionResults;
import org.leadershipimpact.evaluation.survey.Answer;
import org.leadershipimpact.evaluation.survey.Instrument;
import org.leadershipimpact.evaluation.survey.Question;
import org.leadershipimpact.evaluation.survey.QuestionType;
import org.leadershipimpact.evaluation.survey.SurveyResponse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongPredicate;

/**
 * The answers to an instrument, question by question: how many, their mean and standard deviation,
 * and how often each point or choice was given. Kirkpatrick level 1 (reaction) reads them so, and so
 * do level 3's surveys. {@code withheld} says which counts of people are too small to publish.
 */
public final class InstrumentFigures {

    private InstrumentFigures() {
    }

    /** The results of each instrument at {@code level}, in the order given; {@code responses} holds every instrument's. */
    public static List<InstrumentResults> results(List<Instrument> instruments, Map<UUID, List<SurveyResponse>> responses, int level,
            LongPredicate withheld) {
        List<InstrumentResults> results = new ArrayList<>();
        for (Instrument instrument : instruments) {
            if (instrument.kirkpatrickLevel != level) {
                continue;
            }
            List<SurveyResponse> answered = responses.get(instrument.id);
            List<QuestionResults> questions = instrument.questions.stream().map(q -> question(q, answered, withheld)).toList();
            long n = answered.size();
            results.add(new InstrumentResults(instrument.id, instrument.title, instrument.kirkpatrickLevel,
                    instrument.audience.name(), instrument.timing.name(), withheld.test(n) ? null : n, questions));
        }
        return results;
    }

    static QuestionResults question(Question question, List<SurveyResponse> responses, LongPredicate withheld) {
        List<Answer> answers = responses.stream().flatMap(r -> r.answers.stream())
                .filter(a -> a.questionCode.equals(question.code)).toList();
        long n = answers.size();
        if (withheld.test(n)) {
            return new QuestionResults(question.code, question.text, question.type.name(), question.dimension, null, null, null, null);
        }
        BigDecimal mean = null;
        BigDecimal sd = null;
        Map<String, Long> distribution = null;
        if (question.type == QuestionType.LIKERT_5 || question.type == QuestionType.NUMBER) {
            double[] values = answers.stream().mapToDouble(a -> a.number).toArray();
            if (values.length > 0) {
                Statistics.Description d = Statistics.describe(values);
                mean = twoPlaces(d.mean());
                sd = d.standardDeviation() == null ? null : twoPlaces(d.standardDeviation());
            }
        }
        if (question.type == QuestionType.LIKERT_5) {
            distribution = new LinkedHashMap<>();
            for (int point = 1; point <= 5; point++) {
                double p = point;
                distribution.put(Integer.toString(point), answers.stream().filter(a -> a.number == p).count());
            }
        } else if (question.type == QuestionType.SINGLE_CHOICE) {
            distribution = new LinkedHashMap<>();
            for (String choice : question.choiceList()) {
                distribution.put(choice, answers.stream().filter(a -> choice.equals(a.text)).count());
            }
        }
        return new QuestionResults(question.code, question.text, question.type.name(), question.dimension, n, mean, sd, distribution);
    }

    /** Survey figures are published to two places, half up. */
    static BigDecimal twoPlaces(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
