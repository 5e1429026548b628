-- Change feeds (issue 19): an export can return only the rows changed since a cursor, which is the
-- snapshot the previous export read in. Every table an export reads a column from records which
-- transaction last wrote each row (changed_xid) and when that transaction began (changed_at); a row
-- counts as changed after a snapshot when that transaction is not visible in it, which holds however
-- the consumer's transactions interleave and in whatever order they commit. Rows there before this
-- migration count as changed by it.
CREATE FUNCTION export_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_xid := pg_current_xact_id();
    NEW.changed_at := now();
    RETURN NEW;
END
$$;

DO $$
DECLARE
    exported text;
BEGIN
    FOREACH exported IN ARRAY ARRAY['participant_fact', 'organisation_fact', 'enrolment_fact', 'attendance_fact', 'session_fact',
            'project_fact', 'measure_fact', 'data_point_fact', 'benefit_fact', 'response', 'answer', 'instrument', 'question'] LOOP
        EXECUTE format('ALTER TABLE %I ADD COLUMN changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),'
                || ' ADD COLUMN changed_at timestamptz NOT NULL DEFAULT now()', exported);
        EXECUTE format('CREATE INDEX %I ON %I (changed_xid)', exported || '_changed', exported);
        EXECUTE format('CREATE TRIGGER changed BEFORE INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION export_row_changed()',
                exported);
    END LOOP;
END
$$;

-- What was deleted from an exported table: its key, and what the export's filters need, so that a
-- change export can say the row is gone. Data points go when withdrawn (or with their measure);
-- a corrected survey response's answers are written again, and an answer it no longer has goes.
CREATE TABLE export_tombstone (
    dataset      text        NOT NULL,
    row_key      jsonb       NOT NULL,
    system_code  text        NOT NULL,
    programme_id uuid,
    cohort_id    uuid,
    -- the dataset's own date, which from and to filter on
    dated        date,
    changed_xid  xid8        NOT NULL DEFAULT pg_current_xact_id(),
    changed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX export_tombstone_changed ON export_tombstone (changed_xid);

CREATE FUNCTION data_points_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO export_tombstone (dataset, row_key, system_code, programme_id, cohort_id, dated)
    SELECT 'data-points', jsonb_build_object('measure_id', gone.measure_id, 'period', gone.period), gone.system_code,
           j.origin_programme_id, j.origin_cohort_id, gone.period
    FROM gone
    LEFT JOIN measure_fact m ON m.id = gone.measure_id
    LEFT JOIN project_fact j ON j.id = m.project_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER tombstone AFTER DELETE ON data_point_fact REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION data_points_deleted();

CREATE FUNCTION answers_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO export_tombstone (dataset, row_key, system_code, programme_id, cohort_id, dated)
    SELECT 'responses', jsonb_build_object('response_id', gone.response_id, 'question_code', gone.question_code), r.system_code,
           r.programme_id, r.cohort_id, r.created_at::date
    FROM gone JOIN response r ON r.id = gone.response_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER tombstone AFTER DELETE ON answer REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION answers_deleted();
