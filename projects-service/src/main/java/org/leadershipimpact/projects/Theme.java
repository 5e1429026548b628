package org.leadershipimpact.projects;

/** What a project improves; a controlled vocabulary so portfolios can be compared. */
public enum Theme {
    COPD, HEART_FAILURE, DIABETES, END_OF_LIFE, DEMENTIA, MEDICINES_OPTIMISATION, CHILDRENS_SERVICES, CONTINENCE, FRAILTY, MATERNITY, URGENT_CARE, PRIMARY_CARE_ACCESS, OTHER
}
