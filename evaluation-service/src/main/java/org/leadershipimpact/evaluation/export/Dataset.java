package org.leadershipimpact.evaluation.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What analysts can export, each straight from the read models. A column named {@code participant}
 * holds the participant id in SQL and leaves as its pseudonym; nothing here selects a name or an
 * e-mail (the read models hold none) or free-text answers (which may name people). A withdrawn
 * record (a project, measure or benefit, a survey response) is left out of a full export, as from
 * every report; a change export returns it, marked withdrawn, and the rows deleted since (from
 * {@code export_tombstone}), marked withdrawn with their key.
 */
public enum Dataset {

    PARTICIPANTS("participants", """
            p.id AS participant, p.system_code, p.profession, p.sector, p.organisation_id,
            o.name AS organisation, o.type AS organisation_type, p.registered_at""", """
            participant_fact p LEFT JOIN organisation_fact o ON o.id = p.organisation_id""",
            "true", "false", List.of("p", "o"), new Conditions("p.system_code",
            "EXISTS (SELECT 1 FROM enrolment_fact e WHERE e.participant_id = p.id AND e.programme_id = ?)",
            "EXISTS (SELECT 1 FROM enrolment_fact e WHERE e.participant_id = p.id AND e.cohort_id = ?)",
            "p.registered_at"), null),

    ENROLMENTS("enrolments", """
            e.id AS enrolment_id, e.participant_id AS participant, e.system_code, e.programme_id, e.cohort_id,
            e.pathway, e.status, e.attendance_rate_percent, e.credits, e.credit_level, e.credit_scheme,
            e.enrolled_at, e.completed_at""", """
            enrolment_fact e""",
            "true", "false", List.of("e"), new Conditions("e.system_code", "e.programme_id = ?", "e.cohort_id = ?", "e.enrolled_at"), null),

    ATTENDANCE("attendance", """
            a.enrolment_id, e.participant_id AS participant, a.system_code, a.programme_id, a.cohort_id,
            a.session_id, s.kind AS session_kind, s.held_on, a.mark""", """
            attendance_fact a
            LEFT JOIN enrolment_fact e ON e.id = a.enrolment_id
            LEFT JOIN session_fact s ON s.id = a.session_id""",
            "true", "false", List.of("a", "s"), new Conditions("a.system_code", "a.programme_id = ?", "a.cohort_id = ?", "s.held_on"),
            null),

    PROJECTS("projects", """
            j.id AS project_id, j.system_code, j.origin_programme_id AS programme_id, j.origin_cohort_id AS cohort_id,
            j.title, j.theme, j.stage, j.leads, j.registered_at""", """
            project_fact j""",
            "NOT j.withdrawn", "j.withdrawn", List.of("j"),
            new Conditions("j.system_code", "j.origin_programme_id = ?", "j.origin_cohort_id = ?", "j.registered_at"), null),

    MEASURES("measures", """
            m.id AS measure_id, m.project_id, m.system_code, j.origin_programme_id AS programme_id,
            j.origin_cohort_id AS cohort_id, m.name, m.kind, m.unit, m.direction, m.baseline, m.target""", """
            measure_fact m LEFT JOIN project_fact j ON j.id = m.project_id""",
            "NOT m.withdrawn", "m.withdrawn", List.of("m", "j"),
            new Conditions("m.system_code", "j.origin_programme_id = ?", "j.origin_cohort_id = ?", null), null),

    DATA_POINTS("data-points", """
            d.measure_id, m.project_id, d.system_code, j.origin_programme_id AS programme_id,
            j.origin_cohort_id AS cohort_id, d.period, d.value""", """
            data_point_fact d
            LEFT JOIN measure_fact m ON m.id = d.measure_id
            LEFT JOIN project_fact j ON j.id = m.project_id""",
            "true", "false", List.of("d", "j"),
            new Conditions("d.system_code", "j.origin_programme_id = ?", "j.origin_cohort_id = ?", "d.period"), """
            SELECT DISTINCT (t.row_key ->> 'measure_id')::uuid AS measure_id, NULL::uuid AS project_id, t.system_code,
                   t.programme_id, t.cohort_id, (t.row_key ->> 'period')::date AS period, NULL::double precision AS value,
                   'WITHDRAWN' AS change
            FROM export_tombstone t
            WHERE t.dataset = 'data-points' AND NOT EXISTS (SELECT 1 FROM data_point_fact d
                WHERE d.measure_id = (t.row_key ->> 'measure_id')::uuid AND d.period = (t.row_key ->> 'period')::date)"""),

    BENEFITS("benefits", """
            b.id AS benefit_id, b.project_id, b.system_code, b.programme_id, j.origin_cohort_id AS cohort_id,
            b.category, b.value, b.unit, b.period_start, b.period_end, b.cashable, b.evidence_level,
            b.attribution_share, b.attribution_method, b.attribution_confidence, b.attribution_estimated_by,
            b.attribution_estimated_on, b.recurrence, b.annual_drop_off, b.unit_value, b.unit_value_source,
            b.derived_from_measure_id, b.derivation_status""", """
            benefit_fact b LEFT JOIN project_fact j ON j.id = b.project_id""",
            "NOT b.withdrawn", "b.withdrawn", List.of("b", "j"),
            new Conditions("b.system_code", "b.programme_id = ?", "j.origin_cohort_id = ?", "b.period_start"), null),

    RESPONSES("responses", """
            r.id AS response_id, r.instrument_id, i.kirkpatrick_level, i.timing, i.audience, r.system_code,
            r.programme_id, r.cohort_id, e.participant_id AS participant, a.question_code, q.type AS question_type,
            q.dimension, a.number AS answer_number,
            CASE WHEN q.type = 'SINGLE_CHOICE' THEN a.text END AS answer_choice, r.created_at AS submitted_at""", """
            answer a
            JOIN response r ON r.id = a.response_id
            JOIN instrument i ON i.id = r.instrument_id
            JOIN question q ON q.instrument_id = i.id AND q.code = a.question_code
            LEFT JOIN enrolment_fact e ON e.id = r.enrolment_id""",
            "r.withdrawn_at IS NULL", "r.withdrawn_at IS NOT NULL", List.of("a", "r", "i", "q"),
            new Conditions("r.system_code", "r.programme_id = ?", "r.cohort_id = ?", "r.created_at"), """
            SELECT DISTINCT (t.row_key ->> 'response_id')::uuid AS response_id, NULL::uuid AS instrument_id,
                   NULL::integer AS kirkpatrick_level, NULL::text AS timing, NULL::text AS audience, t.system_code, t.programme_id,
                   t.cohort_id, NULL::uuid AS participant, t.row_key ->> 'question_code' AS question_code, NULL::text AS question_type,
                   NULL::text AS dimension, NULL::double precision AS answer_number, NULL::text AS answer_choice,
                   NULL::timestamptz AS submitted_at, 'WITHDRAWN' AS change
            FROM export_tombstone t
            WHERE t.dataset = 'responses' AND NOT EXISTS (SELECT 1 FROM answer a
                WHERE a.response_id = (t.row_key ->> 'response_id')::uuid AND a.question_code = t.row_key ->> 'question_code')""");

    /** How the filters read in SQL: each takes one parameter; {@code date} is null where a dataset has no date. */
    record Conditions(String system, String programme, String cohort, String date) {
    }

    /** The filters on {@code export_tombstone t}, the same for every dataset. */
    static final Conditions TOMBSTONES = new Conditions("t.system_code", "t.programme_id = ?", "t.cohort_id = ?", "t.dated");

    final String path;
    final String columns;
    final String from;
    /** Which rows a full export returns: those not withdrawn. */
    final String standing;
    /** Which rows a change export marks withdrawn. */
    final String withdrawn;
    /**
     * The aliases of the tables whose change is a change of the row: its own, and those it takes columns from
     * that can change after the row is written (a session's date, a project's cohort, an organisation's name).
     * Not the enrolment that gives an attendance mark or a response its participant, nor the measure that
     * gives a data point its project: those are fixed before the row arrives (keyed alike, or checked when
     * the response is given), and their other changes would return every row of theirs again.
     */
    final List<String> changedBy;
    final Conditions conditions;
    /** The rows deleted since, with the dataset's columns and the change column; null where none are deleted. */
    final String tombstones;

    Dataset(String path, String columns, String from, String standing, String withdrawn, List<String> changedBy,
            Conditions conditions, String tombstones) {
        this.path = path;
        this.columns = columns;
        this.from = from;
        this.standing = standing;
        this.withdrawn = withdrawn;
        this.changedBy = changedBy;
        this.conditions = conditions;
        this.tombstones = tombstones;
    }

    public String path() {
        return path;
    }

    public static Optional<Dataset> byPath(String path) {
        return Arrays.stream(values()).filter(d -> d.path.equals(path)).findFirst();
    }
}
