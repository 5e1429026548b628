package org.leadershipimpact.evaluation;

/**
 * The costs Phillips asks to be counted (fully loaded): not only what the programme was funded to
 * deliver, but participants' time, backfill, venues and travel, administration and evaluation.
 */
public enum CostCategory {
    DELIVERY, PARTICIPANT_TIME, BACKFILL, VENUE_AND_TRAVEL, MATERIALS, ADMINISTRATION, EVALUATION, OTHER
}
