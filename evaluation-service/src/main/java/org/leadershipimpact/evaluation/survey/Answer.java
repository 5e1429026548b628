package org.leadershipimpact.evaluation.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One answer: a number (Likert and number questions), or text (a choice, or free text). */
@Embeddable
public class Answer {

    @Column(name = "question_code", nullable = false)
    public String questionCode;

    public Double number;

    public String text;

    public static Answer of(String questionCode, Double number, String text) {
        Answer answer = new Answer();
        answer.questionCode = questionCode;
        answer.number = number;
        answer.text = text;
        return answer;
    }
}
