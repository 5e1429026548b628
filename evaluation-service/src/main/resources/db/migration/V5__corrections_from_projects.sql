-- What projects-service takes back leaves the figures: withdrawn projects, measures and benefits keep
-- their fact rows (so an older event cannot bring them back) but count nowhere.
ALTER TABLE project_fact ADD COLUMN withdrawn boolean NOT NULL DEFAULT false;
ALTER TABLE benefit_fact ADD COLUMN withdrawn boolean NOT NULL DEFAULT false;
ALTER TABLE measure_fact ADD COLUMN withdrawn boolean NOT NULL DEFAULT false;

-- A measure's chart as last announced (MeasureChartChanged): its two icons, and the time of that
-- announcement, so an older one is never applied over a newer. signal_fact now holds the signals the
-- charts show now, replaced whole with every announcement.
ALTER TABLE measure_fact
    ADD COLUMN variation text,
    ADD COLUMN assurance text,
    ADD COLUMN chart_time timestamptz;
CREATE INDEX signal_fact_measure ON signal_fact (measure_id);
