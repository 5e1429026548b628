-- The segments of each measure's chart as projects-service last announced them (MeasureChartChanged):
-- centre line and natural process limits, so that report pages draw the XmR chart without computing
-- it again. Replaced whole by every announcement; null limits where the segment has none.
CREATE TABLE segment_fact (
    measure_id   uuid             NOT NULL,
    segment      integer          NOT NULL,
    system_code  text             NOT NULL,
    first_period date             NOT NULL,
    last_period  date             NOT NULL,
    mean         double precision NOT NULL,
    lower_limit  double precision,
    upper_limit  double precision,
    PRIMARY KEY (measure_id, segment)
);
