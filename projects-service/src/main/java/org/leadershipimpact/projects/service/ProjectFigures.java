package org.leadershipimpact.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.figures.FigureSheet;
import org.leadershipimpact.platform.withdrawal.WithdrawableRecord;
import org.leadershipimpact.projects.Measure;
import org.leadershipimpact.projects.spc.PointType;
import org.leadershipimpact.projects.spc.SpcChart;

/**
 * A system's figures computed from the records that stand here, named and counted as
 * evaluation-service counts them in the system's scope: projects, benefits, and the signals the
 * charts show now (computed afresh, not as last announced).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProjectFigures {

    static final String IMPROVING = "measures.improving";

    @Inject
    EntityManager entityManager;

    @SuppressWarnings("unchecked")
    public FigureSheet of(String system) {
        FigureSheet sheet = FigureSheet.of(entityManager.createNativeQuery("""
                SELECT 'projects', 'total', count(*) FROM improvement_project WHERE system_code = :system AND withdrawn_at IS NULL
                UNION ALL SELECT 'projects.stage', stage, count(*) FROM improvement_project
                    WHERE system_code = :system AND withdrawn_at IS NULL GROUP BY stage
                UNION ALL SELECT 'projects.theme', theme, count(*) FROM improvement_project
                    WHERE system_code = :system AND withdrawn_at IS NULL GROUP BY theme
                UNION ALL SELECT 'benefits', 'total', count(*) FROM benefit WHERE system_code = :system AND withdrawn_at IS NULL
                UNION ALL SELECT 'benefits.category', category, count(*) FROM benefit
                    WHERE system_code = :system AND withdrawn_at IS NULL GROUP BY category
                UNION ALL SELECT 'benefits.evidence', evidence_level, count(*) FROM benefit
                    WHERE system_code = :system AND withdrawn_at IS NULL GROUP BY evidence_level
                UNION ALL SELECT 'benefits.value', category || '|' || unit, sum(value) FROM benefit
                    WHERE system_code = :system AND withdrawn_at IS NULL GROUP BY category, unit
                """).setParameter("system", system).getResultList());
        for (Measure measure : Measure.<Measure>list("systemCode = ?1 and " + WithdrawableRecord.CURRENT, system)) {
            SpcChart chart = MeasureService.chartOf(measure);
            boolean improving = false;
            for (SpcChart.Signal signal : chart.signals()) {
                sheet.count("signals", FigureSheet.TOTAL);
                sheet.count("signals.signal", signal.cause().name());
                sheet.count("signals.pointType", signal.pointType().name());
                improving |= signal.pointType() == PointType.SPECIAL_CAUSE_IMPROVEMENT;
            }
            if (improving) {
                sheet.count(IMPROVING, FigureSheet.TOTAL);
            }
        }
        return sheet;
    }
}
