package org.leadershipimpact.evaluation.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Arrays;
import java.util.List;

@Embeddable
public class Question {

    /** Short and stable, e.g. {@code HLM3}: answers and exports name the question by it. */
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuestionType type;

    /** What the question measures, e.g. a Healthcare Leadership Model dimension; pre/post change is reported by it. */
    public String dimension;

    /** For single choice: the choices, one per line. */
    public String choices;

    public Double minimum;
    public Double maximum;

    @Column(nullable = false)
    public boolean required;

    public List<String> choiceList() {
        return choices == null ? List.of() : Arrays.asList(choices.split("\n"));
    }
}
