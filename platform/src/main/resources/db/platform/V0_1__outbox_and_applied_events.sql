-- Platform tables every service has: its outbox (events waiting for Kafka) and the ids of the
-- events it has applied (exactly-once application of at-least-once delivery).

CREATE TABLE outbox_event (
    seq            bigserial    PRIMARY KEY,
    id             uuid         NOT NULL UNIQUE,
    aggregate_type text         NOT NULL,
    aggregate_id   text         NOT NULL,
    type           text         NOT NULL,
    payload        text         NOT NULL,
    occurred_at    timestamptz  NOT NULL,
    published_at   timestamptz
);

CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL;

CREATE TABLE applied_event (
    event_id   uuid        PRIMARY KEY,
    type       text        NOT NULL,
    applied_at timestamptz NOT NULL
);
