package org.leadershipimpact.evaluation.report;

import org.leadershipimpact.evaluation.survey.Answer;
import org.leadershipimpact.evaluation.survey.Audience;
import org.leadershipimpact.evaluation.survey.Instrument;
import org.leadershipimpact.evaluation.survey.Question;
import org.leadershipimpact.evaluation.survey.QuestionType;
import org.leadershipimpact.evaluation.survey.SurveyResponse;
import org.leadershipimpact.evaluation.survey.Timing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Instruments and their responses built in memory, as the report's computations receive them once loaded. */
final class SurveyData {

    /** Every instrument's responses, as a report loads them: each instrument present, with none if nobody answered. */
    final Map<UUID, List<SurveyResponse>> responses = new HashMap<>();
    final List<Instrument> instruments = new ArrayList<>();

    static Question question(String code, QuestionType type, String dimension, String... choices) {
        Question question = new Question();
        question.code = code;
        question.text = "How far do you agree: " + code;
        question.type = type;
        question.dimension = dimension;
        question.choices = choices.length == 0 ? null : String.join("\n", choices);
        return question;
    }

    Instrument instrument(int level, Timing timing, Question... questions) {
        Instrument instrument = new Instrument();
        instrument.id = UUID.randomUUID();
        instrument.title = "Level " + level + " " + timing;
        instrument.kirkpatrickLevel = level;
        instrument.audience = Audience.PARTICIPANTS;
        instrument.timing = timing;
        instrument.questions.addAll(List.of(questions));
        instruments.add(instrument);
        responses.put(instrument.id, new ArrayList<>());
        return instrument;
    }

    /** A response of {@code enrolmentId} (null: anonymous) to the instrument. */
    SurveyResponse respond(Instrument instrument, UUID enrolmentId, Answer... answers) {
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID();
        response.instrumentId = instrument.id;
        response.enrolmentId = enrolmentId;
        response.answers.addAll(List.of(answers));
        responses.get(instrument.id).add(response);
        return response;
    }

    /** One anonymous response with a number for each of {@code values}. */
    void numbers(Instrument instrument, String code, double... values) {
        for (double value : values) {
            respond(instrument, null, number(code, value));
        }
    }

    static Answer number(String code, double value) {
        return Answer.of(code, value, null);
    }

    static Answer text(String code, String text) {
        return Answer.of(code, null, text);
    }
}
