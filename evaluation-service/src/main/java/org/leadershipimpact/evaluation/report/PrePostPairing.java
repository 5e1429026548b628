package org.leadershipimpact.evaluation.report;

import org.leadershipimpact.evaluation.report.EvaluationReport.DimensionChange;
import org.leadershipimpact.evaluation.report.EvaluationReport.Learning;
import org.leadershipimpact.evaluation.survey.Answer;
import org.leadershipimpact.evaluation.survey.Instrument;
import org.leadershipimpact.evaluation.survey.Question;
import org.leadershipimpact.evaluation.survey.SurveyResponse;
import org.leadershipimpact.evaluation.survey.Timing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.LongPredicate;

import static org.leadershipimpact.evaluation.report.InstrumentFigures.twoPlaces;

/**
 * Kirkpatrick level 2: each enrolment's PRE answers paired with its POST answers, per dimension (a
 * person's answers to several questions of one dimension are averaged first), and the paired change
 * of each dimension. Anonymous responses cannot be paired. {@code withheld} says which counts of
 * people are too small to publish.
 */
public final class PrePostPairing {

    private PrePostPairing() {
    }

    /** The change of each dimension, by name, from the level-2 instruments among {@code instruments}. */
    public static Learning learning(List<Instrument> instruments, Map<UUID, List<SurveyResponse>> responses, LongPredicate withheld) {
        List<Instrument> level2 = instruments.stream().filter(i -> i.kirkpatrickLevel == 2).toList();
        List<UUID> pre = level2.stream().filter(i -> i.timing == Timing.PRE).map(i -> i.id).toList();
        List<UUID> post = level2.stream().filter(i -> i.timing == Timing.POST).map(i -> i.id).toList();
        Map<UUID, Map<String, Double>> before = scoresByEnrolment(level2, responses, Timing.PRE);
        Map<UUID, Map<String, Double>> after = scoresByEnrolment(level2, responses, Timing.POST);
        Map<String, List<double[]>> pairs = new TreeMap<>();
        before.forEach((enrolment, scores) -> scores.forEach((dimension, score) -> {
            Double later = after.getOrDefault(enrolment, Map.of()).get(dimension);
            if (later != null) {
                pairs.computeIfAbsent(dimension, d -> new ArrayList<>()).add(new double[] {score, later});
            }
        }));
        List<DimensionChange> dimensions = new ArrayList<>();
        pairs.forEach((dimension, list) -> {
            if (withheld.test(list.size())) {
                dimensions.add(new DimensionChange(dimension, null, null, null, null, null, null, null, null));
                return;
            }
            Statistics.PairedChange change = Statistics.paired(list.stream().mapToDouble(p -> p[0]).toArray(),
                    list.stream().mapToDouble(p -> p[1]).toArray());
            dimensions.add(new DimensionChange(dimension, (long) change.n(), twoPlaces(change.meanBefore()), twoPlaces(change.meanAfter()),
                    twoPlaces(change.meanDifference()), twoPlaces(change.standardDeviationOfDifferences()), twoPlaces(change.effectSize()),
                    twoPlaces(change.lower95()), twoPlaces(change.upper95())));
        });
        return new Learning(pre, post, dimensions);
    }

    /** Each enrolment's mean answer per dimension to the instruments of {@code timing}. */
    static Map<UUID, Map<String, Double>> scoresByEnrolment(List<Instrument> instruments, Map<UUID, List<SurveyResponse>> responses,
            Timing timing) {
        Map<UUID, Map<String, List<Double>>> collected = new HashMap<>();
        for (Instrument instrument : instruments) {
            if (instrument.timing != timing) {
                continue;
            }
            for (SurveyResponse response : responses.get(instrument.id)) {
                if (response.enrolmentId == null) {
                    continue;
                }
                for (Answer answer : response.answers) {
                    Question question = instrument.question(answer.questionCode).orElse(null);
                    if (question == null || question.dimension == null || answer.number == null) {
                        continue;
                    }
                    collected.computeIfAbsent(response.enrolmentId, e -> new HashMap<>())
                            .computeIfAbsent(question.dimension, d -> new ArrayList<>()).add(answer.number);
                }
            }
        }
        Map<UUID, Map<String, Double>> scores = new HashMap<>();
        collected.forEach((enrolment, byDimension) -> byDimension.forEach((dimension, values) ->
                scores.computeIfAbsent(enrolment, e -> new HashMap<>())
                        .put(dimension, values.stream().mapToDouble(Double::doubleValue).average().orElseThrow())));
        return scores;
    }
}
