package org.leadershipimpact.programmes;

/** A participant's profession: the multi-professional mix is what system leadership reports show. */
public enum Profession {
    GP, CONSULTANT, NURSE, NURSE_PRACTITIONER, MIDWIFE, PHARMACIST, THERAPIST, PARAMEDIC, PRACTICE_MANAGER, MANAGER, COMMISSIONER, SOCIAL_WORKER, CARE_WORKER, POLICE_OFFICER, ARMED_FORCES, VOLUNTARY_SECTOR_WORKER, ADMINISTRATOR, OTHER
}
