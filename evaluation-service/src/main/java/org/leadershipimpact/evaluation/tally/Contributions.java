package org.leadershipimpact.evaluation.tally;

import org.leadershipimpact.platform.figures.FigureSheet;
import org.leadershipimpact.evaluation.facts.AttendanceFact;
import org.leadershipimpact.evaluation.facts.BenefitFact;
import org.leadershipimpact.evaluation.facts.CohortFact;
import org.leadershipimpact.evaluation.facts.EnrolmentFact;
import org.leadershipimpact.evaluation.facts.ParticipantFact;
import org.leadershipimpact.evaluation.facts.ProgrammeFact;
import org.leadershipimpact.evaluation.facts.ProjectFact;
import org.leadershipimpact.evaluation.facts.SessionFact;
import org.leadershipimpact.evaluation.facts.SignalFact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What each fact adds to the figures, and in which scopes. Figures that depend on another fact (a
 * programme's funding source, a participant's profession, a project's cohort) read it as it stands,
 * so when that fact changes, its dependants are counted again through {@link TallyChange}.
 */
public final class Contributions {

    public static final String TOTAL = FigureSheet.TOTAL;

    private Contributions() {
    }

    public static void of(Object fact, TallyChange change) {
        if (fact instanceof ProjectFact p && p.withdrawn || fact instanceof BenefitFact b && b.withdrawn
                || fact instanceof SessionFact s && s.withdrawn) {
            return;
        }
        if (fact instanceof ProgrammeFact p) {
            programme(p, change);
        } else if (fact instanceof CohortFact c) {
            change.count(scopes(c.systemCode, c.programmeId, c.id), "cohorts", TOTAL);
        } else if (fact instanceof SessionFact s) {
            List<Scope> scopes = scopes(s.systemCode, s.programmeId, s.cohortId);
            change.count(scopes, "sessions", TOTAL);
            change.count(scopes, "sessions.kind", s.kind);
        } else if (fact instanceof ParticipantFact p) {
            people(List.of(Scope.system(p.systemCode), Scope.NATIONAL), p, change);
        } else if (fact instanceof EnrolmentFact e) {
            enrolment(e, change);
        } else if (fact instanceof AttendanceFact a) {
            change.count(scopes(a.systemCode, a.programmeId, a.cohortId), "attendance", a.mark);
        } else if (fact instanceof ProjectFact p) {
            List<Scope> scopes = scopes(p.systemCode, p.originProgrammeId, p.originCohortId);
            change.count(scopes, "projects", TOTAL);
            change.count(scopes, "projects.stage", p.stage);
            change.count(scopes, "projects.theme", p.theme);
        } else if (fact instanceof BenefitFact b) {
            List<Scope> scopes = scopes(b.systemCode, b.programmeId, cohortOfProject(b.projectId));
            change.count(scopes, "benefits", TOTAL);
            change.count(scopes, "benefits.category", b.category);
            change.count(scopes, "benefits.evidence", b.evidenceLevel);
            change.add(scopes, "benefits.value", b.category + "|" + b.unit, b.value);
        } else if (fact instanceof SignalFact s) {
            List<Scope> scopes = scopes(s.systemCode, s.programmeId, cohortOfProject(s.projectId));
            change.count(scopes, "signals", TOTAL);
            change.count(scopes, "signals.signal", s.signal);
            change.count(scopes, "signals.pointType", s.pointType);
        } else {
            throw new IllegalArgumentException("Not a fact that is tallied: " + fact);
        }
    }

    private static void programme(ProgrammeFact p, TallyChange change) {
        List<Scope> scopes = scopes(p.systemCode, p.id, null);
        change.count(scopes, "programmes", TOTAL);
        change.count(scopes, "programmes.status", p.status);
        change.count(scopes, "programmes.kind", p.kind);
        if (p.fundingPence != null) {
            change.add(scopes, "funding.pence", TOTAL, BigDecimal.valueOf(p.fundingPence));
        }
    }

    private static void enrolment(EnrolmentFact e, TallyChange change) {
        List<Scope> scopes = scopes(e.systemCode, e.programmeId, e.cohortId);
        change.count(scopes, "enrolments", TOTAL);
        change.count(scopes, "enrolments.status", e.status);
        change.count(scopes, "enrolments.pathway", e.pathway);
        if (e.credits != null && e.credits > 0) {
            change.count(scopes, "credits.awarded", TOTAL);
            change.add(scopes, "credits.total", TOTAL, BigDecimal.valueOf(e.credits));
        }
        // in a system, people are counted once from their registration; within a programme, by their enrolment
        List<Scope> enrolledPeople = scopes.stream().filter(Scope::countsEnrolledPeople).toList();
        ParticipantFact participant = ParticipantFact.findById(e.participantId);
        people(enrolledPeople, participant, change);
    }

    /** A participant not heard of yet is counted as of unknown profession and sector until they are. */
    private static void people(List<Scope> scopes, ParticipantFact p, TallyChange change) {
        change.count(scopes, "participants", TOTAL);
        change.count(scopes, "participants.profession", p == null ? null : p.profession);
        change.count(scopes, "participants.sector", p == null ? null : p.sector);
        if (p != null && p.organisationId != null) {
            change.count(scopes, "organisations", p.organisationId.toString());
        }
    }

    /**
     * The scopes a thing of {@code systemCode} counts in; within its programme, cohort and funding
     * source too when it has them.
     */
    static List<Scope> scopes(String systemCode, UUID programmeId, UUID cohortId) {
        List<Scope> scopes = new ArrayList<>(List.of(Scope.system(systemCode), Scope.NATIONAL));
        if (programmeId != null) {
            ProgrammeFact programme = ProgrammeFact.findById(programmeId);
            String source = programme == null ? ProgrammeFact.NO_SOURCE : programme.fundingSourceOrNone();
            scopes.add(Scope.programme(programmeId));
            scopes.add(Scope.funding(source));
            scopes.add(Scope.fundingInSystem(source, systemCode));
        }
        if (cohortId != null) {
            scopes.add(Scope.cohort(cohortId));
        }
        return scopes;
    }

    private static UUID cohortOfProject(UUID projectId) {
        ProjectFact project = ProjectFact.findById(projectId);
        return project == null ? null : project.originCohortId;
    }
}
