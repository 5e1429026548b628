package org.leadershipimpact.evaluation.survey;

/** Who an instrument asks: participants themselves, or those who see them at work (level 3). */
public enum Audience {
    PARTICIPANTS, LINE_MANAGERS, COLLEAGUES, STAKEHOLDERS, FACILITATORS, SERVICE_USERS
}
