-- Credible value (issue 16, docs/design/credible-value.md): what projects-service now says of a
-- benefit. A benefit from an event that says none of it is not isolated and happens once.
ALTER TABLE benefit_fact
    ADD COLUMN attribution_share        numeric,
    ADD COLUMN attribution_method       text,
    ADD COLUMN attribution_confidence   numeric,
    ADD COLUMN attribution_estimated_by text,
    ADD COLUMN attribution_estimated_on date,
    ADD COLUMN recurrence               text NOT NULL DEFAULT 'ONCE',
    ADD COLUMN annual_drop_off          numeric,
    ADD COLUMN unit_value               numeric,
    ADD COLUMN unit_value_source        text,
    ADD COLUMN derived_from_measure_id  uuid,
    ADD COLUMN derivation_status        text,
    ADD COLUMN derivation_before_mean   double precision,
    ADD COLUMN derivation_after_mean    double precision,
    ADD COLUMN derivation_change        double precision,
    ADD COLUMN derivation_months        integer,
    ADD COLUMN derivation_rebase_date   date;

-- a recurring benefit may run on without an end
ALTER TABLE benefit_fact ALTER COLUMN period_end DROP NOT NULL;
