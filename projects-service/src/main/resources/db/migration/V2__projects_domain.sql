-- Improvement projects with their team and milestones, PDSA cycles, measures with data points,
-- benefits, and the programmes, cohorts and participants this service has heard of.

ALTER TABLE improvement_project
    ADD COLUMN problem text,
    ADD COLUMN aim text,
    ADD COLUMN theme text NOT NULL DEFAULT 'OTHER',
    ADD COLUMN origin_programme_id uuid,
    ADD COLUMN origin_cohort_id uuid,
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE improvement_project ALTER COLUMN theme DROP DEFAULT;
CREATE INDEX improvement_project_programme ON improvement_project (origin_programme_id);

CREATE TABLE project_lead (
    project_id     uuid NOT NULL REFERENCES improvement_project (id),
    participant_id uuid NOT NULL,
    PRIMARY KEY (project_id, participant_id)
);

CREATE TABLE project_team_member (
    project_id     uuid NOT NULL REFERENCES improvement_project (id),
    participant_id uuid NOT NULL,
    PRIMARY KEY (project_id, participant_id)
);

CREATE TABLE project_partner (
    project_id      uuid NOT NULL REFERENCES improvement_project (id),
    organisation_id uuid NOT NULL,
    PRIMARY KEY (project_id, organisation_id)
);

-- named people outside the programme (a hospital consultant, a council officer): a name and a role
CREATE TABLE project_stakeholder (
    project_id uuid    NOT NULL REFERENCES improvement_project (id),
    position   integer NOT NULL,
    name       text    NOT NULL,
    role       text,
    PRIMARY KEY (project_id, position)
);

CREATE TABLE milestone (
    id          uuid        PRIMARY KEY,
    system_code text        NOT NULL,
    project_id  uuid        NOT NULL REFERENCES improvement_project (id),
    title       text        NOT NULL,
    due_on      date,
    achieved_on date,
    created_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0
);
CREATE INDEX milestone_project ON milestone (project_id);

CREATE TABLE pdsa_cycle (
    id          uuid        PRIMARY KEY,
    system_code text        NOT NULL,
    project_id  uuid        NOT NULL REFERENCES improvement_project (id),
    title       text        NOT NULL,
    plan        text        NOT NULL,
    prediction  text        NOT NULL,
    do_notes    text,
    study_notes text,
    act         text,
    completed_on date,
    created_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0
);
CREATE INDEX pdsa_cycle_project ON pdsa_cycle (project_id);

CREATE TABLE measure (
    id                     uuid        PRIMARY KEY,
    system_code            text        NOT NULL,
    project_id             uuid        NOT NULL REFERENCES improvement_project (id),
    name                   text        NOT NULL,
    kind                   text        NOT NULL,
    unit                   text        NOT NULL,
    direction              text        NOT NULL,
    baseline               double precision,
    target                 double precision,
    fixed_baseline_points  integer CHECK (fixed_baseline_points >= 12),
    screen_outliers        boolean     NOT NULL DEFAULT true,
    chart_rules            text        NOT NULL DEFAULT 'MAKING_DATA_COUNT',
    created_at             timestamptz NOT NULL,
    version                bigint      NOT NULL DEFAULT 0
);
CREATE INDEX measure_system ON measure (system_code, id);
CREATE INDEX measure_project ON measure (project_id);

CREATE TABLE measure_rebase (
    measure_id uuid NOT NULL REFERENCES measure (id),
    rebase_on  date NOT NULL,
    PRIMARY KEY (measure_id, rebase_on)
);

CREATE TABLE data_point (
    measure_id  uuid             NOT NULL REFERENCES measure (id),
    period      date             NOT NULL,
    value       double precision NOT NULL,
    recorded_at timestamptz      NOT NULL,
    PRIMARY KEY (measure_id, period)
);

-- the special causes already announced, so only new ones are (one row per measure, point and signal)
CREATE TABLE spc_signal_seen (
    measure_id uuid NOT NULL REFERENCES measure (id),
    period     date NOT NULL,
    signal     text NOT NULL,
    PRIMARY KEY (measure_id, period, signal)
);

CREATE TABLE benefit (
    id             uuid        PRIMARY KEY,
    system_code    text        NOT NULL,
    project_id     uuid        NOT NULL REFERENCES improvement_project (id),
    programme_id   uuid,
    category       text        NOT NULL,
    description    text        NOT NULL,
    value          numeric(18, 2) NOT NULL,
    unit           text        NOT NULL,
    period_start   date        NOT NULL,
    period_end     date        NOT NULL,
    cashable       boolean     NOT NULL,
    evidence_level text        NOT NULL,
    created_at     timestamptz NOT NULL,
    version        bigint      NOT NULL DEFAULT 0
);
CREATE INDEX benefit_system ON benefit (system_code, id);
CREATE INDEX benefit_project ON benefit (project_id);
CREATE INDEX benefit_programme ON benefit (programme_id);

-- what programmes-service has announced: projects link to these without calling it
CREATE TABLE known_programme (
    id          uuid PRIMARY KEY,
    system_code text NOT NULL,
    title       text NOT NULL
);

CREATE TABLE known_cohort (
    id           uuid PRIMARY KEY,
    system_code  text NOT NULL,
    programme_id uuid NOT NULL
);

CREATE TABLE known_participant (
    id          uuid PRIMARY KEY,
    system_code text NOT NULL
);
