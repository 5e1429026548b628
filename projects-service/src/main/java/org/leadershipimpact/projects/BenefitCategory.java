package org.leadershipimpact.projects;

/** What kind of good a project did. */
public enum BenefitCategory {
    PATIENT_OUTCOME, PATIENT_EXPERIENCE, CAPACITY, FINANCIAL, ACTIVITY, WORKFORCE
}
