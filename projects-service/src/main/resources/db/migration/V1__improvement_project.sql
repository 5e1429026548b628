CREATE TABLE improvement_project (
    id          uuid        PRIMARY KEY,
    system_code text        NOT NULL,
    title       text        NOT NULL,
    stage       text        NOT NULL,
    created_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0
);

CREATE INDEX improvement_project_system ON improvement_project (system_code, id);
