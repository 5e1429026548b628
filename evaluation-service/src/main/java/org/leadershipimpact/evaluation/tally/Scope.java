package org.leadershipimpact.evaluation.tally;

import java.util.UUID;

/**
 * What a figure is counted within: a system, a programme, a cohort, the whole country, a funding
 * source, or a funding source within one system (so a national fund can compare its systems).
 */
public record Scope(Kind kind, String key) {

    public enum Kind {
        SYSTEM, PROGRAMME, COHORT, NATIONAL, FUNDING, FUNDING_SYSTEM
    }

    public static final Scope NATIONAL = new Scope(Kind.NATIONAL, "*");

    public static Scope system(String code) {
        return new Scope(Kind.SYSTEM, code);
    }

    public static Scope programme(UUID id) {
        return new Scope(Kind.PROGRAMME, id.toString());
    }

    public static Scope cohort(UUID id) {
        return new Scope(Kind.COHORT, id.toString());
    }

    public static Scope funding(String source) {
        return new Scope(Kind.FUNDING, source);
    }

    public static Scope fundingInSystem(String source, String systemCode) {
        return new Scope(Kind.FUNDING_SYSTEM, source + "|" + systemCode);
    }

    /** True for scopes narrower than a system, where people are counted by their enrolments. */
    public boolean countsEnrolledPeople() {
        return kind != Kind.SYSTEM && kind != Kind.NATIONAL;
    }
}
