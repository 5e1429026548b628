package org.leadershipimpact.programmes;

/** What kind of body an organisation is; a controlled vocabulary, so reports can group by it. */
public enum OrganisationType {
    ICB, ICS, STP, PCT, NHS_TRUST, GP_PRACTICE, PRIMARY_CARE_NETWORK, LOCAL_AUTHORITY, VOLUNTARY_SECTOR, CARE_HOME, TRAINING_PROVIDER, NATIONAL_BODY, POLICE, ARMED_FORCES, OTHER
}
