package org.leadershipimpact.evaluation.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leadershipimpact.evaluation.IndependentEvaluation;
import org.leadershipimpact.evaluation.ProgrammeCost;
import org.leadershipimpact.evaluation.survey.Audience;
import org.leadershipimpact.evaluation.survey.Instrument;
import org.leadershipimpact.evaluation.survey.InstrumentStatus;
import org.leadershipimpact.evaluation.survey.Question;
import org.leadershipimpact.evaluation.survey.QuestionType;
import org.leadershipimpact.evaluation.survey.Respondents;
import org.leadershipimpact.evaluation.survey.SurveyResponse;
import org.leadershipimpact.evaluation.survey.Timing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What evaluation-service answers with (summaries and reports have their own records). */
public final class Views {

    private Views() {
    }

    @Schema(name = "Instrument")
    public record InstrumentView(UUID id, String systemCode, UUID programmeId, UUID cohortId, String title, int kirkpatrickLevel,
            Audience audience, Timing timing, Respondents respondents, boolean onePerPerson, InstrumentStatus status,
            List<QuestionView> questions, Instant createdAt) {

        public static InstrumentView of(Instrument i) {
            return new InstrumentView(i.id, i.systemCode, i.programmeId, i.cohortId, i.title, i.kirkpatrickLevel, i.audience, i.timing,
                    i.respondents, i.onePerPerson, i.status, i.questions.stream().map(QuestionView::of).toList(), i.createdAt);
        }
    }

    @Schema(name = "Question")
    public record QuestionView(String code, String text, QuestionType type, String dimension, List<String> choices, Double minimum,
            Double maximum, boolean required) {

        static QuestionView of(Question q) {
            return new QuestionView(q.code, q.text, q.type, q.dimension, q.type == QuestionType.SINGLE_CHOICE ? q.choiceList() : null,
                    q.minimum, q.maximum, q.required);
        }
    }

    @Schema(name = "LeadershipModelInstruments", description = "The pre and post self-assessments, to be answered before and after the programme")
    public record LeadershipModelView(InstrumentView pre, InstrumentView post) {
    }

    @Schema(name = "SurveyResponse", description = "A response as recorded; its answers are not echoed back")
    public record ResponseView(UUID id, UUID instrumentId, UUID enrolmentId, int answers, Instant submittedAt) {

        public static ResponseView of(SurveyResponse r) {
            return new ResponseView(r.id, r.instrumentId, r.enrolmentId, r.answers.size(), r.createdAt);
        }
    }

    @Schema(name = "ProgrammeCost")
    public record CostView(UUID id, UUID programmeId, String category, String description, long amountPence, Instant createdAt) {

        public static CostView of(ProgrammeCost c) {
            return new CostView(c.id, c.programmeId, c.category.name(), c.description, c.amountPence, c.createdAt);
        }
    }

    @Schema(name = "IndependentEvaluation")
    public record IndependentEvaluationView(UUID id, UUID programmeId, String evaluator, LocalDate reportedOn, String method,
            String findings, String link, Instant createdAt) {

        public static IndependentEvaluationView of(IndependentEvaluation e) {
            return new IndependentEvaluationView(e.id, e.programmeId, e.evaluator, e.reportedOn, e.method, e.findings, e.link, e.createdAt);
        }
    }
}
