package org.leadershipimpact.programmes;

/** The sector a participant works in. */
public enum Sector {
    NHS_PRIMARY_CARE, NHS_ACUTE, NHS_COMMUNITY, NHS_MENTAL_HEALTH, NHS_COMMISSIONING, SOCIAL_CARE, LOCAL_AUTHORITY, VOLUNTARY, OTHER_PUBLIC_SECTOR, OTHER
}
