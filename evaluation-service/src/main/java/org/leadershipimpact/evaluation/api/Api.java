package org.leadershipimpact.evaluation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leadershipimpact.evaluation.CostCategory;
import org.leadershipimpact.evaluation.survey.Audience;
import org.leadershipimpact.evaluation.survey.InstrumentStatus;
import org.leadershipimpact.evaluation.survey.QuestionType;
import org.leadershipimpact.evaluation.survey.Respondents;
import org.leadershipimpact.evaluation.survey.Timing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What clients send to evaluation-service. Here in {@code api/}, not {@code rest/}, because resources bind
 * them and services apply them; this package imports neither ({@code LayersTest}).
 */
public final class Api {

    private Api() {
    }

    @Schema(name = "InstrumentRequest", description = "A survey of a programme, or of one cohort of it")
    public record InstrumentRequest(
            @NotNull @Schema(required = true) UUID programmeId,
            @Schema(description = "Only this cohort answers; all cohorts when absent") UUID cohortId,
            @NotBlank @Size(max = 200) @Schema(example = "End of day feedback: Leadership Insight day 3", required = true) String title,
            @NotNull @Min(1) @Max(4) @Schema(description = "Kirkpatrick level: 1 reaction, 2 learning, 3 behaviour, 4 results",
                    example = "1", required = true) Integer kirkpatrickLevel,
            @NotNull @Schema(required = true) Audience audience,
            @NotNull @Schema(required = true) Timing timing,
            @NotNull @Schema(required = true) Respondents respondents,
            @Schema(description = "Refuse a second response for the same enrolment (identified instruments only); default true when identified")
            Boolean onePerPerson,
            @NotEmpty @Size(max = 100) @Schema(required = true) List<@NotNull @Valid QuestionRequest> questions) {
    }

    @Schema(name = "QuestionRequest")
    public record QuestionRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_.-]+") @Schema(example = "Q1", required = true) String code,
            @NotBlank @Size(max = 1000) @Schema(example = "The day was a good use of my time", required = true) String text,
            @NotNull @Schema(required = true) QuestionType type,
            @Size(max = 100) @Schema(description = "What it measures; pre/post change is reported per dimension", example = "Engaging the team")
            String dimension,
            @Size(max = 20) @Schema(description = "For SINGLE_CHOICE: two or more") List<@NotBlank @Size(max = 200) String> choices,
            @Schema(description = "For NUMBER: the smallest answer allowed") Double minimum,
            @Schema(description = "For NUMBER: the largest answer allowed") Double maximum,
            @Schema(description = "Default true") Boolean required) {
    }

    @Schema(name = "LeadershipModelRequest", description = "Creates the Healthcare Leadership Model pre and post self-assessments")
    public record LeadershipModelRequest(
            @NotNull @Schema(required = true) UUID programmeId,
            UUID cohortId) {
    }

    @Schema(name = "InstrumentStatusChange")
    public record StatusChange(@NotNull @Schema(required = true) InstrumentStatus status) {
    }

    @Schema(name = "SurveyResponseRequest", description = "Answers to an instrument; identified instruments need the enrolment")
    public record ResponseRequest(
            @Schema(description = "Required for identified instruments, refused for anonymous ones") UUID enrolmentId,
            @NotEmpty @Size(max = 100) @Schema(required = true) List<@NotNull @Valid AnswerRequest> answers) {
    }

    @Schema(name = "SurveyAnswer", description = "One answer: a number for LIKERT_5 (1 to 5) and NUMBER questions, text for SINGLE_CHOICE (the choice) and FREE_TEXT")
    public record AnswerRequest(
            @NotBlank @Size(max = 40) @Schema(example = "Q1", required = true) String question,
            @Schema(example = "4") Double number,
            @Size(max = 4000) @Schema(example = "Yes") String text) {
    }

    @Schema(name = "ProgrammeCostRequest", description = "A cost of the programme beyond its funding, so that ROI counts costs fully loaded")
    public record CostRequest(
            @NotNull @Schema(required = true) CostCategory category,
            @NotBlank @Size(max = 400) @Schema(example = "Participants' time: 20 days each, at mid-point salary with on-costs", required = true)
            String description,
            @NotNull @Min(0) @Schema(example = "4500000", required = true) Long amountPence) {
    }

    @Schema(name = "IndependentEvaluationRequest")
    public record IndependentEvaluationRequest(
            @NotBlank @Size(max = 200) @Schema(example = "The King's Fund", required = true) String evaluator,
            @NotNull @Schema(example = "2019-06-30", required = true) LocalDate reportedOn,
            @NotBlank @Size(max = 400) @Schema(example = "Mixed methods: interviews, survey, and project outcome review", required = true) String method,
            @NotBlank @Size(max = 20000) @Schema(required = true) String findings,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+") @Schema(example = "https://example.org/evaluation.pdf") String link) {
    }
}
