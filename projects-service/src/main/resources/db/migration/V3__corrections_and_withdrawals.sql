-- Records users can take back keep their rows, marked withdrawn (the audit is in withdrawal).
ALTER TABLE improvement_project ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE milestone ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE pdsa_cycle ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE measure ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE benefit ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE data_point ADD COLUMN withdrawn_at timestamptz;

-- A chart is announced as its whole current state (variation, assurance, signals) whenever that
-- state changes, replacing what consumers knew; the state last announced is kept to tell (apart from
-- the measure's row, so that recording points does not change the measure's ETag).
-- Signals announced one by one could never be taken back when a correction removed them.
DROP TABLE spc_signal_seen;
CREATE TABLE announced_chart (
    measure_id uuid PRIMARY KEY REFERENCES measure (id),
    state      text NOT NULL
);
