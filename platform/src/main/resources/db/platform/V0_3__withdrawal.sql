-- Who withdrew which record, when and why. A withdrawn record keeps its row (and its id) with
-- withdrawn_at set; this is the audit of it, one row per withdrawal.
CREATE TABLE withdrawal (
    id           uuid        PRIMARY KEY,
    record_type  text        NOT NULL,
    record_id    uuid        NOT NULL,
    system_code  text        NOT NULL,
    reason       text        NOT NULL,
    withdrawn_by text        NOT NULL,
    withdrawn_at timestamptz NOT NULL,
    UNIQUE (record_type, record_id)
);
