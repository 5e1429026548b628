-- Costs, independent evaluations and survey responses can be withdrawn: the row stays (with its id
-- and history), marked when it was withdrawn; the platform's withdrawal table says who and why.
ALTER TABLE programme_cost ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE independent_evaluation ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE response ADD COLUMN withdrawn_at timestamptz;

-- One live response per person where the instrument says so: a withdrawn response no longer holds
-- the place, so the person's answers can be entered again.
ALTER TABLE response DROP CONSTRAINT response_instrument_id_once_key_key;
CREATE UNIQUE INDEX response_once_per_person ON response (instrument_id, once_key) WHERE withdrawn_at IS NULL;
