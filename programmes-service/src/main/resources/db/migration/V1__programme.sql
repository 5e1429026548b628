CREATE TABLE programme (
    id          uuid        PRIMARY KEY,
    system_code text        NOT NULL,
    title       text        NOT NULL,
    status      text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0
);

CREATE INDEX programme_system ON programme (system_code, id);
