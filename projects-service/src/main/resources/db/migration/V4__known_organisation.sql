-- Partner organisations named by a project must exist in the project's system, as participants must;
-- this service learns of them from programmes-service's events.
CREATE TABLE known_organisation (
    id          uuid PRIMARY KEY,
    system_code text    NOT NULL,
    withdrawn   boolean NOT NULL DEFAULT false
);

-- Organisations announced before this table existed are learnt by reading programmes.events again
-- from the beginning: the consumer does so when it has applied nothing, and what it already knew
-- (programmes, cohorts, participants) is written again unchanged, since applying them is idempotent.
DELETE FROM applied_event;
