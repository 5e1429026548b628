package org.leadershipimpact.evaluation.survey;

/** How a question is answered. */
public enum QuestionType {
    /** 1 (strongly disagree, or lowest) to 5 (strongly agree, or highest). */
    LIKERT_5,
    NUMBER,
    SINGLE_CHOICE,
    FREE_TEXT
}
