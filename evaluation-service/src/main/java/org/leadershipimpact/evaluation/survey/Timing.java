package org.leadershipimpact.evaluation.survey;

/** When an instrument is answered; level 2 change pairs a person's PRE answers with their POST ones. */
public enum Timing {
    PRE, POST, AFTER_SESSION, FOLLOW_UP, ONE_OFF
}
