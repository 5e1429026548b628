package org.leadershipimpact.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import org.leadershipimpact.evaluation.facts.CohortFact;
import org.leadershipimpact.evaluation.facts.ProgrammeFact;
import org.leadershipimpact.evaluation.facts.ProjectFact;
import org.leadershipimpact.evaluation.tally.Scope;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.security.Caller;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the pre-aggregated figures: one indexed range of the tally table per scope, whatever the
 * size of the history behind it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Summaries {

    @Inject
    Caller caller;

    @Inject
    EntityManager entityManager;

    /** A system nothing has happened in yet has figures of zero. */
    public Figures ofSystem(String systemCode) {
        caller.requireActsFor(systemCode, "System", systemCode);
        return figures(Scope.system(systemCode));
    }

    public Figures ofProgramme(UUID programmeId) {
        programme(programmeId);
        return figures(Scope.programme(programmeId));
    }

    public Figures ofCohort(UUID cohortId) {
        cohort(cohortId);
        return figures(Scope.cohort(cohortId));
    }

    /** The national figures; the resource admits only the national admin role. */
    public Figures national() {
        return figures(Scope.NATIONAL);
    }

    /** Every system side by side; within one funding source when {@code fundingSource} is given. */
    public Map<String, Figures> systemsSideBySide(String fundingSource) {
        return fundingSource == null ? figuresByKey(Scope.Kind.SYSTEM, "") : figuresByKey(Scope.Kind.FUNDING_SYSTEM, fundingSource + "|");
    }

    /** The funding sources programmes named, each with its figures across all systems. */
    public Map<String, Figures> byFundingSource() {
        return figuresByKey(Scope.Kind.FUNDING, "");
    }

    /** The programme as evaluation knows it; 404 if unknown (its events may not have arrived yet) or another system's. */
    public ProgrammeFact programme(UUID programmeId) {
        ProgrammeFact programme = ProgrammeFact.findById(programmeId);
        if (programme == null || !caller.mayActFor(programme.systemCode)) {
            throw ProblemException.notFound("Programme", programmeId);
        }
        return programme;
    }

    public ProjectFact project(UUID projectId) {
        ProjectFact project = ProjectFact.findById(projectId);
        if (project == null || project.withdrawn || !caller.mayActFor(project.systemCode)) {
            throw ProblemException.notFound("Project", projectId);
        }
        return project;
    }

    public CohortFact cohort(UUID cohortId) {
        CohortFact cohort = CohortFact.findById(cohortId);
        if (cohort == null || !caller.mayActFor(cohort.systemCode)) {
            throw ProblemException.notFound("Cohort", cohortId);
        }
        return cohort;
    }

    Figures figures(Scope scope) {
        List<Tuple> rows = entityManager.createNativeQuery(
                "SELECT scope_key, metric, item, amount FROM tally WHERE scope = :scope AND scope_key = :key", Tuple.class)
                .setParameter("scope", scope.kind().name())
                .setParameter("key", scope.key())
                .getResultList();
        return new Figures(collect(rows, "").getOrDefault(scope.key(), new HashMap<>()));
    }

    /** The figures of every scope of {@code kind} whose key starts with {@code prefix}, by the rest of the key, in one query. */
    private Map<String, Figures> figuresByKey(Scope.Kind kind, String prefix) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                SELECT scope_key, metric, item, amount FROM tally
                WHERE scope = :scope AND scope_key LIKE :prefix ESCAPE '\\' ORDER BY scope_key
                """, Tuple.class)
                .setParameter("scope", kind.name())
                .setParameter("prefix", prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .getResultList();
        Map<String, Figures> figures = new LinkedHashMap<>();
        collect(rows, prefix).forEach((key, metrics) -> figures.put(key, new Figures(metrics)));
        return figures;
    }

    /** Rows of (scope key, metric, item, amount) as amount by item by metric, by the scope key less {@code prefix}; in row order. */
    private static Map<String, Map<String, Map<String, BigDecimal>>> collect(List<Tuple> rows, String prefix) {
        Map<String, Map<String, Map<String, BigDecimal>>> byKey = new LinkedHashMap<>();
        for (Tuple row : rows) {
            byKey.computeIfAbsent(((String) row.get(0)).substring(prefix.length()), k -> new HashMap<>())
                    .computeIfAbsent((String) row.get(1), m -> new HashMap<>())
                    .put((String) row.get(2), (BigDecimal) row.get(3));
        }
        return byKey;
    }
}
