package org.leadershipimpact.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.evaluation.facts.CohortFact;
import org.leadershipimpact.evaluation.facts.EnrolmentFact;
import org.leadershipimpact.evaluation.facts.ProgrammeFact;
import org.leadershipimpact.evaluation.api.Api.AnswerRequest;
import org.leadershipimpact.evaluation.api.Api.InstrumentRequest;
import org.leadershipimpact.evaluation.api.Api.QuestionRequest;
import org.leadershipimpact.evaluation.api.Api.ResponseRequest;
import org.leadershipimpact.evaluation.survey.Answer;
import org.leadershipimpact.evaluation.survey.Audience;
import org.leadershipimpact.evaluation.survey.HealthcareLeadershipModel;
import org.leadershipimpact.evaluation.survey.Instrument;
import org.leadershipimpact.evaluation.survey.InstrumentStatus;
import org.leadershipimpact.evaluation.survey.Question;
import org.leadershipimpact.evaluation.survey.QuestionType;
import org.leadershipimpact.evaluation.survey.Respondents;
import org.leadershipimpact.evaluation.survey.SurveyResponse;
import org.leadershipimpact.evaluation.survey.Timing;
import org.leadershipimpact.platform.NeverMoves;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.problem.Problem.Violation;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.concurrency.ETags;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.platform.withdrawal.Withdrawal;
import org.leadershipimpact.platform.withdrawal.Withdrawals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Instruments (surveys) and the responses to them. */
@ApplicationScoped
@Transactional
public class Surveys {

    private static final int FREE_TEXT_LIMIT = 4000;
    private static final String RESPONSE = "Survey response";
    private static final String NO_RESPONDENT_WHEN_ANONYMOUS = "must be absent: this instrument is anonymous";

    @Inject
    Caller caller;

    @Inject
    Withdrawals withdrawals;

    public Instrument create(InstrumentRequest request) {
        ProgrammeFact programme = knownProgramme(request.programmeId(), request.cohortId());
        List<Violation> problems = new ArrayList<>();
        boolean onePerPerson = request.onePerPerson() == null
                ? request.respondents() == Respondents.IDENTIFIED : request.onePerPerson();
        if (onePerPerson && request.respondents() == Respondents.ANONYMOUS) {
            problems.add(new Violation("onePerPerson", "cannot be enforced for anonymous respondents"));
        }
        List<Question> questions = questions(request.questions(), problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Instrument instrument = Instrument.of(programme.systemCode);
        instrument.programmeId = programme.id;
        instrument.cohortId = request.cohortId();
        instrument.title = request.title();
        instrument.kirkpatrickLevel = request.kirkpatrickLevel();
        instrument.audience = request.audience();
        instrument.timing = request.timing();
        instrument.respondents = request.respondents();
        instrument.onePerPerson = onePerPerson;
        instrument.questions.addAll(questions);
        instrument.persist();
        return instrument;
    }

    /** The Healthcare Leadership Model's nine dimensions as a pair of identified, one-per-person self-assessments. */
    public List<Instrument> createLeadershipModel(UUID programmeId, UUID cohortId) {
        ProgrammeFact programme = knownProgramme(programmeId, cohortId);
        List<Instrument> pair = new ArrayList<>();
        for (Timing timing : List.of(Timing.PRE, Timing.POST)) {
            Instrument instrument = Instrument.of(programme.systemCode);
            instrument.programmeId = programmeId;
            instrument.cohortId = cohortId;
            instrument.title = "Healthcare Leadership Model self-assessment (" + (timing == Timing.PRE ? "before" : "after") + ")";
            instrument.kirkpatrickLevel = 2;
            instrument.audience = Audience.PARTICIPANTS;
            instrument.timing = timing;
            instrument.respondents = Respondents.IDENTIFIED;
            instrument.onePerPerson = true;
            instrument.questions.addAll(HealthcareLeadershipModel.questions());
            instrument.persist();
            pair.add(instrument);
        }
        return pair;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Instrument get(UUID id) {
        return caller.visible(Instrument.findById(id), "Instrument", id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Instrument> list(PageRequest page, String system, UUID programmeId) {
        return Instrument.page(page, caller.listableSystems(system), programmeId);
    }

    /** Opens or closes the instrument; asking for the status it already has changes nothing. */
    public Instrument changeStatus(UUID id, InstrumentStatus status, String ifMatch) {
        Instrument instrument = get(id);
        ETags.requireMatch(ifMatch, instrument.version);
        if (InstrumentStatus.LIFECYCLE.moves(instrument.status, status)) {
            instrument.status = status;
        }
        return instrument;
    }

    /**
     * Records a response, or refuses it whole: to a closed instrument (409), a second one from the
     * same enrolment where one per person is the rule (409), answers that do not fit their questions (400).
     */
    public SurveyResponse respond(UUID instrumentId, ResponseRequest request) {
        Instrument instrument = get(instrumentId);
        if (instrument.status != InstrumentStatus.OPEN) {
            throw ProblemException.conflict("instrument-closed", "Instrument closed",
                    "Instrument " + instrumentId + " is closed and takes no more responses");
        }
        SurveyResponse response = SurveyResponse.to(instrument);
        if (instrument.respondents == Respondents.IDENTIFIED) {
            EnrolmentFact enrolment = respondent(instrument, request.enrolmentId());
            response.enrolmentId = enrolment.id;
            response.cohortId = enrolment.cohortId;
            if (instrument.onePerPerson) {
                if (SurveyResponse.exists(instrumentId, enrolment.id)) {
                    throw ProblemException.conflict("already-responded", "Already responded",
                            "Enrolment " + enrolment.id + " has already responded to this instrument, which takes one response per person");
                }
                response.onceKey = enrolment.id;
            }
        } else if (request.enrolmentId() != null) {
            throw ProblemException.invalid("enrolmentId", NO_RESPONDENT_WHEN_ANONYMOUS);
        }
        response.answers.addAll(answers(instrument, request.answers()));
        response.persist();
        return response;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyResponse response(UUID instrumentId, UUID responseId) {
        return caller.visible(SurveyResponse.findIn(instrumentId, responseId), RESPONSE, responseId);
    }

    /**
     * Replaces a response's answers, checked as when it was given. It stays the same person's answers
     * to the same instrument: another respondent is refused (400), as a response to another instrument
     * is not at that address (404). A closed instrument takes no new responses, but its responses can
     * still be corrected.
     */
    public SurveyResponse correct(UUID instrumentId, UUID responseId, ResponseRequest request, String ifMatch) {
        SurveyResponse response = response(instrumentId, responseId);
        if (response.enrolmentId == null && request.enrolmentId() != null) {
            throw ProblemException.invalid("enrolmentId", NO_RESPONDENT_WHEN_ANONYMOUS);
        }
        NeverMoves.require("response", "respondents", "enrolmentId", response.enrolmentId, request.enrolmentId());
        ETags.requireMatch(ifMatch, response.version);
        List<Answer> answers = answers(get(instrumentId), request.answers());
        response.answers.clear();
        response.answers.addAll(answers);
        return response;
    }

    /** Withdraws a response: it leaves every report and export, and where one per person is the rule, frees the person's place. */
    public Withdrawal withdraw(UUID instrumentId, UUID responseId, Withdrawals.Request request, String ifMatch) {
        SurveyResponse response = caller.visibleEvenIfWithdrawn(SurveyResponse.findIn(instrumentId, responseId), RESPONSE, responseId);
        // nothing refers to a response: its answers are part of it
        return withdrawals.withdraw(RESPONSE, response, request, ifMatch, List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Withdrawal withdrawal(UUID instrumentId, UUID responseId) {
        return withdrawals.of(RESPONSE, caller.visibleEvenIfWithdrawn(SurveyResponse.findIn(instrumentId, responseId), RESPONSE, responseId));
    }

    private EnrolmentFact respondent(Instrument instrument, UUID enrolmentId) {
        if (enrolmentId == null) {
            throw ProblemException.invalid("enrolmentId", "is required: this instrument links responses to enrolments");
        }
        EnrolmentFact enrolment = EnrolmentFact.findById(enrolmentId);
        if (enrolment == null || !enrolment.programmeId.equals(instrument.programmeId)
                || (instrument.cohortId != null && !instrument.cohortId.equals(enrolment.cohortId))) {
            throw ProblemException.unprocessable("enrolmentId",
                    "is not an enrolment on the " + (instrument.cohortId != null ? "cohort" : "programme") + " this instrument asks");
        }
        return enrolment;
    }

    private static List<Answer> answers(Instrument instrument, List<AnswerRequest> given) {
        List<Violation> problems = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            AnswerRequest answer = given.get(i);
            String field = "answers[" + i + "]";
            Question question = instrument.question(answer.question()).orElse(null);
            if (question == null) {
                problems.add(new Violation(field + ".question", "is not a question of this instrument"));
                continue;
            }
            if (!answered.add(question.code)) {
                problems.add(new Violation(field + ".question", "is answered twice"));
                continue;
            }
            Violation wrong = fit(question, answer, answers, field);
            if (wrong != null) {
                problems.add(wrong);
            }
        }
        for (Question question : instrument.questions) {
            if (question.required && !answered.contains(question.code)) {
                problems.add(new Violation("answers", "lack required question " + question.code));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return answers;
    }

    /** Adds the answer if it fits the question; otherwise says why not. */
    private static Violation fit(Question question, AnswerRequest answer, List<Answer> answers, String field) {
        boolean numeric = question.type == QuestionType.LIKERT_5 || question.type == QuestionType.NUMBER;
        if (numeric ? answer.number() == null || answer.text() != null : answer.text() == null || answer.number() != null) {
            return new Violation(field + (numeric ? ".number" : ".text"), "must be given, and only it, for a " + question.type + " question");
        }
        switch (question.type) {
            case LIKERT_5 -> {
                double n = answer.number();
                if (n != Math.rint(n) || n < 1 || n > 5) {
                    return new Violation(field + ".number", "must be a whole number from 1 to 5");
                }
            }
            case NUMBER -> {
                double n = answer.number();
                if (!Double.isFinite(n) || (question.minimum != null && n < question.minimum) || (question.maximum != null && n > question.maximum)) {
                    return new Violation(field + ".number", "must be a number between " + question.minimum + " and " + question.maximum);
                }
            }
            case SINGLE_CHOICE -> {
                if (!question.choiceList().contains(answer.text())) {
                    return new Violation(field + ".text", "must be one of " + question.choiceList());
                }
            }
            case FREE_TEXT -> {
                if (answer.text().isBlank() || answer.text().length() > FREE_TEXT_LIMIT) {
                    return new Violation(field + ".text", "must be text of 1 to " + FREE_TEXT_LIMIT + " characters");
                }
            }
        }
        answers.add(Answer.of(question.code, numeric ? answer.number() : null, numeric ? null : answer.text()));
        return null;
    }

    private static List<Question> questions(List<QuestionRequest> requested, List<Violation> problems) {
        List<Question> questions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            QuestionRequest r = requested.get(i);
            String field = "questions[" + i + "]";
            if (!codes.add(r.code())) {
                problems.add(new Violation(field + ".code", "is used by another question of this instrument"));
            }
            List<String> choices = r.choices() == null ? List.of() : r.choices();
            if (r.type() == QuestionType.SINGLE_CHOICE) {
                if (choices.size() < 2 || new HashSet<>(choices).size() != choices.size()) {
                    problems.add(new Violation(field + ".choices", "must be two or more different choices"));
                }
                if (choices.stream().anyMatch(c -> c.contains("\n"))) {
                    problems.add(new Violation(field + ".choices", "must each be on one line"));
                }
            } else if (!choices.isEmpty()) {
                problems.add(new Violation(field + ".choices", "are only for SINGLE_CHOICE questions"));
            }
            if (r.type() != QuestionType.NUMBER && (r.minimum() != null || r.maximum() != null)) {
                problems.add(new Violation(field + ".minimum", "minimum and maximum are only for NUMBER questions"));
            }
            if (r.minimum() != null && r.maximum() != null && r.minimum() > r.maximum()) {
                problems.add(new Violation(field + ".maximum", "must not be below minimum"));
            }
            Question q = new Question();
            q.code = r.code();
            q.text = r.text();
            q.type = r.type();
            q.dimension = r.dimension();
            q.choices = choices.isEmpty() ? null : String.join("\n", choices);
            q.minimum = r.minimum();
            q.maximum = r.maximum();
            q.required = r.required() == null || r.required();
            questions.add(q);
        }
        return questions;
    }

    /** A programme (and cohort of it) that evaluation has heard of and the caller acts for: 422 otherwise. */
    private ProgrammeFact knownProgramme(UUID programmeId, UUID cohortId) {
        ProgrammeFact programme = ProgrammeFact.findById(programmeId);
        if (programme == null || !caller.mayActFor(programme.systemCode)) {
            throw ProblemException.unprocessable("programmeId", "is not a programme known to evaluation (its events may not have arrived yet)");
        }
        if (cohortId != null) {
            CohortFact cohort = CohortFact.findById(cohortId);
            if (cohort == null || !cohort.programmeId.equals(programmeId)) {
                throw ProblemException.unprocessable("cohortId", "is not a cohort of programme " + programmeId + " known to evaluation");
            }
        }
        return programme;
    }
}
