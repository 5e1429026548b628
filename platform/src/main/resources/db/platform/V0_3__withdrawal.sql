-- Who withdrew which record, when and why. A withdrawn record keeps its row (and its id) with
-- withdrawn_at set; this is the audit of it, one row per withdrawal.
CREATE TABLE withdrawal (
    id           uuid        PRIMARY KEY,
    record_type  text        NOT NULL,
    record_id    uuid        NOT NULL,
    part         text,
    system_code  text        NOT NULL,
    reason       text        NOT NULL,
    withdrawn_by text        NOT NULL,
    withdrawn_at timestamptz NOT NULL
);
-- part: what of the record was withdrawn when not all of it (a measure's data point: its period);
-- not unique: a data point withdrawn, recorded again and withdrawn again has two
CREATE INDEX withdrawal_record ON withdrawal (record_type, record_id);
