package org.leadershipimpact.programmes;

/** A participant's attendance at a session; apologies are an absence given notice of. */
public enum AttendanceMark {
    PRESENT, ABSENT, APOLOGIES
}
