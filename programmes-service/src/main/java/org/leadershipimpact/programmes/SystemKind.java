package org.leadershipimpact.programmes;

/** The kind of health system a tenant is. */
public enum SystemKind {
    ICS, STP
}
