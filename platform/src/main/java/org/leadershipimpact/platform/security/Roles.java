package org.leadershipimpact.platform.security;

/**
 * The roles a bearer token can carry in its {@code groups} claim; docs/SECURITY.md says who may do what.
 * A resource names the roles most of its operations allow once, with {@code @RolesAllowed} on the class;
 * an operation that allows others names its own, which replaces the class's (each service's
 * {@code RoleTableTest} holds the result to the table).
 */
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
