package org.leadershipimpact.evaluation.survey;

/**
 * Whether responses are linked to an enrolment (by pseudonym in everything analysts see) or
 * anonymous. Only linked responses can be paired pre/post or limited to one per person.
 */
public enum Respondents {
    IDENTIFIED, ANONYMOUS
}
