package org.leadershipimpact.evaluation.survey;

import java.util.List;

/**
 * The NHS Leadership Academy's Healthcare Leadership Model (2013): nine dimensions of leadership
 * behaviour. Used here as a ready-made pre/post self-assessment, one 1–5 rating per dimension;
 * the question wording is ours.
 */
public final class HealthcareLeadershipModel {

    public record Dimension(String code, String name, String behaviour) {
    }

    public static final List<Dimension> DIMENSIONS = List.of(
            new Dimension("HLM1", "Inspiring shared purpose", "value a service ethos and stand up for what is right for patients"),
            new Dimension("HLM2", "Leading with care", "understand what others feel and support their wellbeing"),
            new Dimension("HLM3", "Evaluating information", "seek out and use information to improve services"),
            new Dimension("HLM4", "Connecting our service", "understand how services fit together across organisations"),
            new Dimension("HLM5", "Sharing the vision", "communicate a clear, credible picture of the future"),
            new Dimension("HLM6", "Engaging the team", "involve others and value their contributions"),
            new Dimension("HLM7", "Holding to account", "agree clear goals and expect high performance"),
            new Dimension("HLM8", "Developing capability", "build capability in others and yourself for the long term"),
            new Dimension("HLM9", "Influencing for results", "build relationships and influence others to make change happen"));

    private HealthcareLeadershipModel() {
    }

    /** Nine Likert questions, one per dimension, each tagged with its dimension's name. */
    public static List<Question> questions() {
        return DIMENSIONS.stream().map(d -> {
            Question q = new Question();
            q.code = d.code();
            q.dimension = d.name();
            q.text = d.name() + ": how far do you " + d.behaviour() + "? (1 not yet, 5 consistently)";
            q.type = QuestionType.LIKERT_5;
            q.required = true;
            return q;
        }).toList();
    }
}
