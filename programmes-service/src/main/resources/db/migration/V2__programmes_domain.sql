-- Systems (tenants), organisations, the full programme, cohorts, sessions, participants,
-- enrolments, attendance and action learning sets.

CREATE TABLE health_system (
    code       text        PRIMARY KEY,
    name       text        NOT NULL,
    kind       text        NOT NULL,
    region     text,
    created_at timestamptz NOT NULL,
    version    bigint      NOT NULL DEFAULT 0
);

CREATE TABLE organisation (
    id          uuid        PRIMARY KEY,
    system_code text        NOT NULL,
    name        text        NOT NULL,
    ods_code    text,
    type        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0
);
CREATE INDEX organisation_system ON organisation (system_code, id);

ALTER TABLE programme
    ADD COLUMN kind text NOT NULL DEFAULT 'CLINICAL_LEADERSHIP',
    ADD COLUMN aims text,
    ADD COLUMN commissioner_id uuid REFERENCES organisation (id),
    ADD COLUMN start_date date,
    ADD COLUMN end_date date,
    ADD COLUMN funding_pence bigint CHECK (funding_pence >= 0),
    ADD COLUMN funding_currency text,
    ADD COLUMN funding_source text,
    ADD COLUMN capacity integer CHECK (capacity > 0),
    ADD COLUMN completion_threshold_percent integer NOT NULL DEFAULT 75 CHECK (completion_threshold_percent BETWEEN 0 AND 100),
    ADD COLUMN accreditation_award text,
    ADD COLUMN accreditation_credit_value integer,
    ADD COLUMN accreditation_credit_level integer,
    ADD COLUMN accreditation_credit_scheme text,
    ADD COLUMN accreditation_min_attendance_percent integer,
    ADD COLUMN accreditation_project_required boolean;
ALTER TABLE programme ALTER COLUMN kind DROP DEFAULT;

CREATE TABLE programme_delivery_partner (
    programme_id    uuid NOT NULL REFERENCES programme (id),
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (programme_id, organisation_id)
);

CREATE TABLE programme_target_profession (
    programme_id uuid NOT NULL REFERENCES programme (id),
    profession   text NOT NULL,
    PRIMARY KEY (programme_id, profession)
);

CREATE TABLE cohort (
    id           uuid        PRIMARY KEY,
    system_code  text        NOT NULL,
    programme_id uuid        NOT NULL REFERENCES programme (id),
    name         text        NOT NULL,
    capacity     integer     NOT NULL CHECK (capacity > 0),
    start_date   date,
    end_date     date,
    created_at   timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 0
);
CREATE INDEX cohort_system ON cohort (system_code, id);
CREATE INDEX cohort_programme ON cohort (programme_id);

CREATE TABLE session (
    id           uuid        PRIMARY KEY,
    system_code  text        NOT NULL,
    cohort_id    uuid        NOT NULL REFERENCES cohort (id),
    programme_id uuid        NOT NULL REFERENCES programme (id),
    title        text        NOT NULL,
    kind         text        NOT NULL,
    session_date date        NOT NULL,
    location     text,
    created_at   timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 0
);
CREATE INDEX session_system ON session (system_code, id);
CREATE INDEX session_cohort ON session (cohort_id, session_date);

CREATE TABLE participant (
    id              uuid        PRIMARY KEY,
    system_code     text        NOT NULL,
    given_name      text        NOT NULL,
    family_name     text        NOT NULL,
    email           text        NOT NULL,
    profession      text        NOT NULL,
    sector          text        NOT NULL,
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    job_title       text,
    created_at      timestamptz NOT NULL,
    version         bigint      NOT NULL DEFAULT 0
);
CREATE INDEX participant_system ON participant (system_code, id);
CREATE UNIQUE INDEX participant_email ON participant (system_code, lower(email));

CREATE TABLE enrolment (
    id             uuid        PRIMARY KEY,
    system_code    text        NOT NULL,
    participant_id uuid        NOT NULL REFERENCES participant (id),
    cohort_id      uuid        NOT NULL REFERENCES cohort (id),
    programme_id   uuid        NOT NULL REFERENCES programme (id),
    pathway        text        NOT NULL,
    status         text        NOT NULL,
    credits_value  integer,
    credits_level  integer,
    credits_scheme text,
    completed_at   timestamptz,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint      NOT NULL DEFAULT 0
);
CREATE INDEX enrolment_system ON enrolment (system_code, id);
CREATE INDEX enrolment_cohort ON enrolment (cohort_id, status);
-- one place per participant per programme, however many cohorts it runs (withdrawn places do not count)
CREATE UNIQUE INDEX enrolment_one_place ON enrolment (participant_id, programme_id) WHERE status <> 'WITHDRAWN';

CREATE TABLE attendance (
    enrolment_id uuid        NOT NULL REFERENCES enrolment (id),
    session_id   uuid        NOT NULL REFERENCES session (id),
    cohort_id    uuid        NOT NULL REFERENCES cohort (id),
    mark         text        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    PRIMARY KEY (enrolment_id, session_id)
);
CREATE INDEX attendance_cohort ON attendance (cohort_id);
CREATE INDEX attendance_session ON attendance (session_id);

CREATE TABLE action_learning_set (
    id          uuid        PRIMARY KEY,
    system_code text        NOT NULL,
    cohort_id   uuid        NOT NULL REFERENCES cohort (id),
    name        text        NOT NULL,
    facilitator text,
    created_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0
);
CREATE INDEX action_learning_set_system ON action_learning_set (system_code, id);

CREATE TABLE action_learning_set_member (
    set_id       uuid NOT NULL REFERENCES action_learning_set (id),
    enrolment_id uuid NOT NULL REFERENCES enrolment (id),
    PRIMARY KEY (set_id, enrolment_id)
);
