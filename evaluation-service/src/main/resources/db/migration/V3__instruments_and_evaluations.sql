CREATE TABLE instrument (
    id                uuid        PRIMARY KEY,
    system_code       text        NOT NULL,
    created_at        timestamptz NOT NULL,
    version           bigint      NOT NULL,
    programme_id      uuid        NOT NULL,
    cohort_id         uuid,
    title             text        NOT NULL,
    kirkpatrick_level integer     NOT NULL CHECK (kirkpatrick_level BETWEEN 1 AND 4),
    audience          text        NOT NULL,
    timing            text        NOT NULL,
    respondents       text        NOT NULL,
    one_per_person    boolean     NOT NULL,
    status            text        NOT NULL
);
CREATE INDEX instrument_programme ON instrument (programme_id);
CREATE INDEX instrument_system ON instrument (system_code, id);

CREATE TABLE question (
    instrument_id uuid    NOT NULL REFERENCES instrument (id),
    position      integer NOT NULL,
    code          text    NOT NULL,
    text          text    NOT NULL,
    type          text    NOT NULL,
    dimension     text,
    choices       text,
    minimum       double precision,
    maximum       double precision,
    required      boolean NOT NULL,
    PRIMARY KEY (instrument_id, position),
    UNIQUE (instrument_id, code)
);

CREATE TABLE response (
    id            uuid        PRIMARY KEY,
    system_code   text        NOT NULL,
    created_at    timestamptz NOT NULL,
    version       bigint      NOT NULL,
    instrument_id uuid        NOT NULL REFERENCES instrument (id),
    programme_id  uuid        NOT NULL,
    cohort_id     uuid,
    enrolment_id  uuid,
    -- set only when the instrument takes one response per person: the database refuses a second
    once_key      uuid,
    UNIQUE (instrument_id, once_key)
);
CREATE INDEX response_instrument ON response (instrument_id);
CREATE INDEX response_programme ON response (programme_id, id);

CREATE TABLE answer (
    response_id   uuid             NOT NULL REFERENCES response (id),
    question_code text             NOT NULL,
    number        double precision,
    text          text,
    PRIMARY KEY (response_id, question_code)
);

CREATE TABLE programme_cost (
    id           uuid        PRIMARY KEY,
    system_code  text        NOT NULL,
    created_at   timestamptz NOT NULL,
    version      bigint      NOT NULL,
    programme_id uuid        NOT NULL,
    category     text        NOT NULL,
    description  text        NOT NULL,
    amount_pence bigint      NOT NULL CHECK (amount_pence >= 0)
);
CREATE INDEX programme_cost_programme ON programme_cost (programme_id);

CREATE TABLE independent_evaluation (
    id           uuid        PRIMARY KEY,
    system_code  text        NOT NULL,
    created_at   timestamptz NOT NULL,
    version      bigint      NOT NULL,
    programme_id uuid        NOT NULL,
    evaluator    text        NOT NULL,
    reported_on  date        NOT NULL,
    method       text        NOT NULL,
    findings     text        NOT NULL,
    link         text
);
CREATE INDEX independent_evaluation_programme ON independent_evaluation (programme_id);
