-- First answers to requests made with an Idempotency-Key, per caller; kept for a day.
CREATE TABLE idempotency_record (
    caller          text        NOT NULL,
    idempotency_key text        NOT NULL,
    request_hash    text        NOT NULL,
    status          integer,
    location        text,
    body            text,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);

CREATE INDEX idempotency_record_age ON idempotency_record (created_at);
