package org.leadershipimpact.evaluation.export;

import java.util.Arrays;
import java.util.Optional;

/**
 * What analysts can export, each straight from the read models. A column named {@code participant}
 * holds the participant id in SQL and leaves as its pseudonym; nothing here selects a name or an
 * e-mail (the read models hold none) or free-text answers (which may name people). A withdrawn
 * record (a survey response) is left out, as from every report.
 */
public enum Dataset {

    PARTICIPANTS("participants", """
            SELECT p.id AS participant, p.system_code, p.profession, p.sector, p.organisation_id,
                   o.name AS organisation, o.type AS organisation_type, p.registered_at
            FROM participant_fact p LEFT JOIN organisation_fact o ON o.id = p.organisation_id
            WHERE true
            """, "p.system_code",
            "EXISTS (SELECT 1 FROM enrolment_fact e WHERE e.participant_id = p.id AND e.programme_id = ?)",
            "EXISTS (SELECT 1 FROM enrolment_fact e WHERE e.participant_id = p.id AND e.cohort_id = ?)",
            "p.registered_at"),

    ENROLMENTS("enrolments", """
            SELECT e.id AS enrolment_id, e.participant_id AS participant, e.system_code, e.programme_id, e.cohort_id,
                   e.pathway, e.status, e.attendance_rate_percent, e.credits, e.credit_level, e.credit_scheme,
                   e.enrolled_at, e.completed_at
            FROM enrolment_fact e
            WHERE true
            """, "e.system_code", "e.programme_id = ?", "e.cohort_id = ?", "e.enrolled_at"),

    ATTENDANCE("attendance", """
            SELECT a.enrolment_id, e.participant_id AS participant, a.system_code, a.programme_id, a.cohort_id,
                   a.session_id, s.kind AS session_kind, s.held_on, a.mark
            FROM attendance_fact a
            LEFT JOIN enrolment_fact e ON e.id = a.enrolment_id
            LEFT JOIN session_fact s ON s.id = a.session_id
            WHERE true
            """, "a.system_code", "a.programme_id = ?", "a.cohort_id = ?", "s.held_on"),

    PROJECTS("projects", """
            SELECT j.id AS project_id, j.system_code, j.origin_programme_id AS programme_id, j.origin_cohort_id AS cohort_id,
                   j.title, j.theme, j.stage, j.leads, j.registered_at
            FROM project_fact j
            WHERE NOT j.withdrawn
            """, "j.system_code", "j.origin_programme_id = ?", "j.origin_cohort_id = ?", "j.registered_at"),

    MEASURES("measures", """
            SELECT m.id AS measure_id, m.project_id, m.system_code, j.origin_programme_id AS programme_id,
                   j.origin_cohort_id AS cohort_id, m.name, m.kind, m.unit, m.direction, m.baseline, m.target
            FROM measure_fact m LEFT JOIN project_fact j ON j.id = m.project_id
            WHERE NOT m.withdrawn
            """, "m.system_code", "j.origin_programme_id = ?", "j.origin_cohort_id = ?", null),

    DATA_POINTS("data-points", """
            SELECT d.measure_id, m.project_id, d.system_code, j.origin_programme_id AS programme_id,
                   j.origin_cohort_id AS cohort_id, d.period, d.value
            FROM data_point_fact d
            LEFT JOIN measure_fact m ON m.id = d.measure_id
            LEFT JOIN project_fact j ON j.id = m.project_id
            WHERE true
            """, "d.system_code", "j.origin_programme_id = ?", "j.origin_cohort_id = ?", "d.period"),

    BENEFITS("benefits", """
            SELECT b.id AS benefit_id, b.project_id, b.system_code, b.programme_id, j.origin_cohort_id AS cohort_id,
                   b.category, b.value, b.unit, b.period_start, b.period_end, b.cashable, b.evidence_level,
                   b.attribution_share, b.attribution_method, b.attribution_confidence, b.attribution_estimated_by,
                   b.attribution_estimated_on, b.recurrence, b.annual_drop_off, b.unit_value, b.unit_value_source,
                   b.derived_from_measure_id, b.derivation_status
            FROM benefit_fact b LEFT JOIN project_fact j ON j.id = b.project_id
            WHERE NOT b.withdrawn
            """, "b.system_code", "b.programme_id = ?", "j.origin_cohort_id = ?", "b.period_start"),

    RESPONSES("responses", """
            SELECT r.id AS response_id, r.instrument_id, i.kirkpatrick_level, i.timing, i.audience, r.system_code,
                   r.programme_id, r.cohort_id, e.participant_id AS participant, a.question_code, q.type AS question_type,
                   q.dimension, a.number AS answer_number,
                   CASE WHEN q.type = 'SINGLE_CHOICE' THEN a.text END AS answer_choice, r.created_at AS submitted_at
            FROM answer a
            JOIN response r ON r.id = a.response_id AND r.withdrawn_at IS NULL
            JOIN instrument i ON i.id = r.instrument_id
            JOIN question q ON q.instrument_id = i.id AND q.code = a.question_code
            LEFT JOIN enrolment_fact e ON e.id = r.enrolment_id
            WHERE true
            """, "r.system_code", "r.programme_id = ?", "r.cohort_id = ?", "r.created_at");

    final String path;
    /** The rows that stand, ending in a WHERE clause the export adds its filters to. */
    final String select;
    final String systemColumn;
    final String programmeCondition;
    final String cohortCondition;
    /** The date {@code from} and {@code to} filter on; null where a dataset has none. */
    final String dateColumn;

    Dataset(String path, String select, String systemColumn, String programmeCondition, String cohortCondition, String dateColumn) {
        this.path = path;
        this.select = select;
        this.systemColumn = systemColumn;
        this.programmeCondition = programmeCondition;
        this.cohortCondition = cohortCondition;
        this.dateColumn = dateColumn;
    }

    public String path() {
        return path;
    }

    public static Optional<Dataset> byPath(String path) {
        return Arrays.stream(values()).filter(d -> d.path.equals(path)).findFirst();
    }
}
