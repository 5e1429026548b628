-- Credible value (issue 16, docs/design/credible-value.md): a benefit's attribution (the share the
-- programme caused, how that was found, how sure), whether it recurs, its £ per unit, and, for a
-- benefit derived from a measure's chart, the working of that derivation.
ALTER TABLE benefit
    ALTER COLUMN period_end DROP NOT NULL,
    ADD COLUMN attribution_share        numeric(5, 2),
    ADD COLUMN attribution_method       text,
    ADD COLUMN attribution_confidence   numeric(5, 2),
    ADD COLUMN attribution_estimated_by text,
    ADD COLUMN attribution_estimated_on date,
    ADD COLUMN recurrence               text NOT NULL DEFAULT 'ONCE',
    ADD COLUMN annual_drop_off          numeric(5, 2),
    ADD COLUMN unit_value               numeric(18, 4),
    ADD COLUMN unit_value_source        text,
    ADD COLUMN derived_from_measure_id  uuid REFERENCES measure (id),
    ADD COLUMN derivation_status        text,
    ADD COLUMN derivation_before_mean   numeric,
    ADD COLUMN derivation_after_mean    numeric,
    ADD COLUMN derivation_change        numeric,
    ADD COLUMN derivation_months        numeric,
    ADD COLUMN derivation_rebase_date   date,
    -- a one-off benefit is counted over its period, so it must have an end
    ADD CONSTRAINT benefit_once_has_end CHECK (recurrence <> 'ONCE' OR period_end IS NOT NULL);

-- a measure's benefits are derived again whenever its chart changes
CREATE INDEX benefit_derived_from ON benefit (derived_from_measure_id) WHERE derived_from_measure_id IS NOT NULL;
