-- Facts: what the other services announced, one row per thing, never a name or an e-mail (the events
-- carry none). event_time is the time of the event that last set the row: an older event is ignored.
CREATE TABLE programme_fact (
    id              uuid        PRIMARY KEY,
    system_code     text        NOT NULL,
    title           text,
    kind            text,
    status          text,
    start_date      date,
    end_date        date,
    funding_pence   bigint,
    funding_source  text,
    accredited      boolean     NOT NULL DEFAULT false,
    event_time      timestamptz NOT NULL
);
CREATE INDEX programme_fact_system ON programme_fact (system_code);

CREATE TABLE cohort_fact (
    id           uuid        PRIMARY KEY,
    programme_id uuid        NOT NULL,
    system_code  text        NOT NULL,
    name         text,
    start_date   date,
    end_date     date,
    event_time   timestamptz NOT NULL
);
CREATE INDEX cohort_fact_programme ON cohort_fact (programme_id);

CREATE TABLE session_fact (
    id           uuid        PRIMARY KEY,
    cohort_id    uuid        NOT NULL,
    programme_id uuid        NOT NULL,
    system_code  text        NOT NULL,
    title        text,
    kind         text,
    held_on      date,
    event_time   timestamptz NOT NULL
);
CREATE INDEX session_fact_programme ON session_fact (programme_id);

CREATE TABLE organisation_fact (
    id          uuid        PRIMARY KEY,
    system_code text        NOT NULL,
    name        text,
    type        text,
    ods_code    text,
    event_time  timestamptz NOT NULL
);

CREATE TABLE participant_fact (
    id              uuid        PRIMARY KEY,
    system_code     text        NOT NULL,
    profession      text,
    sector          text,
    organisation_id uuid,
    registered_at   timestamptz NOT NULL,
    event_time      timestamptz NOT NULL
);
CREATE INDEX participant_fact_system ON participant_fact (system_code, id);

CREATE TABLE enrolment_fact (
    id                      uuid        PRIMARY KEY,
    participant_id          uuid        NOT NULL,
    cohort_id               uuid        NOT NULL,
    programme_id            uuid        NOT NULL,
    system_code             text        NOT NULL,
    pathway                 text,
    status                  text        NOT NULL,
    attendance_rate_percent numeric(5, 1),
    credits                 integer,
    credit_level            integer,
    credit_scheme           text,
    enrolled_at             timestamptz NOT NULL,
    completed_at            timestamptz,
    event_time              timestamptz NOT NULL
);
CREATE INDEX enrolment_fact_participant ON enrolment_fact (participant_id);
CREATE INDEX enrolment_fact_programme ON enrolment_fact (programme_id, id);
CREATE INDEX enrolment_fact_cohort ON enrolment_fact (cohort_id);
CREATE INDEX enrolment_fact_system ON enrolment_fact (system_code, id);

CREATE TABLE attendance_fact (
    enrolment_id uuid        NOT NULL,
    session_id   uuid        NOT NULL,
    cohort_id    uuid        NOT NULL,
    programme_id uuid        NOT NULL,
    system_code  text        NOT NULL,
    mark         text        NOT NULL,
    event_time   timestamptz NOT NULL,
    PRIMARY KEY (enrolment_id, session_id)
);
CREATE INDEX attendance_fact_programme ON attendance_fact (programme_id);
CREATE INDEX attendance_fact_system ON attendance_fact (system_code);

CREATE TABLE project_fact (
    id                  uuid        PRIMARY KEY,
    system_code         text        NOT NULL,
    title               text,
    theme               text,
    stage               text        NOT NULL,
    origin_programme_id uuid,
    origin_cohort_id    uuid,
    leads               integer     NOT NULL DEFAULT 0,
    registered_at       timestamptz NOT NULL,
    event_time          timestamptz NOT NULL
);
CREATE INDEX project_fact_programme ON project_fact (origin_programme_id);
CREATE INDEX project_fact_system ON project_fact (system_code, id);

CREATE TABLE milestone_fact (
    id          uuid PRIMARY KEY,
    project_id  uuid NOT NULL,
    system_code text NOT NULL,
    achieved_on date
);
CREATE INDEX milestone_fact_project ON milestone_fact (project_id);

CREATE TABLE pdsa_fact (
    id           uuid PRIMARY KEY,
    project_id   uuid NOT NULL,
    system_code  text NOT NULL,
    act          text,
    completed_on date
);
CREATE INDEX pdsa_fact_project ON pdsa_fact (project_id);

CREATE TABLE measure_fact (
    id          uuid        PRIMARY KEY,
    project_id  uuid        NOT NULL,
    system_code text        NOT NULL,
    name        text,
    kind        text,
    unit        text,
    direction   text,
    baseline    double precision,
    target      double precision,
    event_time  timestamptz NOT NULL
);
CREATE INDEX measure_fact_project ON measure_fact (project_id);

CREATE TABLE data_point_fact (
    measure_id  uuid             NOT NULL,
    period      date             NOT NULL,
    value       double precision NOT NULL,
    system_code text             NOT NULL,
    event_time  timestamptz      NOT NULL,
    PRIMARY KEY (measure_id, period)
);
CREATE INDEX data_point_fact_system ON data_point_fact (system_code);

-- One row per signal announced: the event id is its identity
CREATE TABLE signal_fact (
    id           uuid        PRIMARY KEY,
    measure_id   uuid        NOT NULL,
    project_id   uuid        NOT NULL,
    programme_id uuid,
    system_code  text        NOT NULL,
    signal       text        NOT NULL,
    point_type   text        NOT NULL,
    first_period date,
    last_period  date,
    detected_at  timestamptz NOT NULL
);
CREATE INDEX signal_fact_project ON signal_fact (project_id);
CREATE INDEX signal_fact_programme ON signal_fact (programme_id);

CREATE TABLE benefit_fact (
    id             uuid           PRIMARY KEY,
    project_id     uuid           NOT NULL,
    programme_id   uuid,
    system_code    text           NOT NULL,
    category       text           NOT NULL,
    value          numeric(18, 2) NOT NULL,
    unit           text           NOT NULL,
    period_start   date           NOT NULL,
    period_end     date           NOT NULL,
    cashable       boolean        NOT NULL,
    evidence_level text           NOT NULL,
    event_time     timestamptz    NOT NULL
);
CREATE INDEX benefit_fact_project ON benefit_fact (project_id);
CREATE INDEX benefit_fact_programme ON benefit_fact (programme_id);

-- Pre-aggregated figures: amount of (metric, item) within a scope (a system, a programme, a cohort,
-- the nation, a funding source, a funding source within a system). Moved by the change of a fact.
CREATE TABLE tally (
    scope     text    NOT NULL,
    scope_key text    NOT NULL,
    metric    text    NOT NULL,
    item      text    NOT NULL,
    amount    numeric NOT NULL,
    PRIMARY KEY (scope, scope_key, metric, item)
);

DROP TABLE system_summary;
