CREATE TABLE system_summary (
    system_code text        PRIMARY KEY,
    programmes  bigint      NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL
);
