package org.leadershipimpact.programmes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.figures.FigureSheet;

/**
 * A system's figures computed from the records that stand here, named and counted as
 * evaluation-service counts them in the system's scope: what its read models must converge to. A
 * withdrawn session counts nowhere, as in evaluation.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SystemFigures {

    @Inject
    EntityManager entityManager;

    @Inject
    SystemService systems;

    @SuppressWarnings("unchecked")
    public FigureSheet of(String code) {
        systems.get(code);
        return FigureSheet.of(entityManager.createNativeQuery("""
                SELECT 'programmes', 'total', count(*) FROM programme WHERE system_code = :system
                UNION ALL SELECT 'programmes.status', status, count(*) FROM programme WHERE system_code = :system GROUP BY status
                UNION ALL SELECT 'programmes.kind', kind, count(*) FROM programme WHERE system_code = :system GROUP BY kind
                UNION ALL SELECT 'funding.pence', 'total', coalesce(sum(funding_pence), 0) FROM programme WHERE system_code = :system
                UNION ALL SELECT 'cohorts', 'total', count(*) FROM cohort WHERE system_code = :system
                UNION ALL SELECT 'sessions', 'total', count(*) FROM session WHERE system_code = :system AND withdrawn_at IS NULL
                UNION ALL SELECT 'sessions.kind', kind, count(*) FROM session WHERE system_code = :system AND withdrawn_at IS NULL
                    GROUP BY kind
                UNION ALL SELECT 'participants', 'total', count(*) FROM participant WHERE system_code = :system
                UNION ALL SELECT 'participants.profession', profession, count(*) FROM participant WHERE system_code = :system
                    GROUP BY profession
                UNION ALL SELECT 'participants.sector', sector, count(*) FROM participant WHERE system_code = :system GROUP BY sector
                UNION ALL SELECT 'organisations', organisation_id::text, count(*) FROM participant WHERE system_code = :system
                    GROUP BY organisation_id
                UNION ALL SELECT 'enrolments', 'total', count(*) FROM enrolment WHERE system_code = :system
                UNION ALL SELECT 'enrolments.status', status, count(*) FROM enrolment WHERE system_code = :system GROUP BY status
                UNION ALL SELECT 'enrolments.pathway', pathway, count(*) FROM enrolment WHERE system_code = :system GROUP BY pathway
                UNION ALL SELECT 'credits.awarded', 'total', count(*) FROM enrolment WHERE system_code = :system AND credits_value > 0
                UNION ALL SELECT 'credits.total', 'total', coalesce(sum(credits_value), 0) FROM enrolment
                    WHERE system_code = :system AND credits_value > 0
                UNION ALL SELECT 'attendance', a.mark, count(*) FROM attendance a JOIN session s ON s.id = a.session_id
                    WHERE s.system_code = :system GROUP BY a.mark
                """).setParameter("system", code).getResultList());
    }
}
