package org.leadershipimpact.platform.security;

/** The roles a bearer token can carry in its {@code groups} claim; docs/SECURITY.md says who may do what. */
public final class Roles {

    /** National administrator: acts for every system. */
    public static final String ADMIN = "admin";
    public static final String PROGRAMME_MANAGER = "programme-manager";
    public static final String PROJECT_LEAD = "project-lead";
    /** Reads reports and exports, writes nothing. */
    public static final String ANALYST = "analyst";
    /** A system's own software pushing and reading data over the API. */
    public static final String INTEGRATOR = "integrator";

    private Roles() {
    }
}
