-- What programmes-service takes back: a withdrawn session keeps its fact row (so an older event
-- cannot bring it back) but counts nowhere; a withdrawn organisation's fact is marked, and kept, as
-- exports join participants to it.
ALTER TABLE session_fact ADD COLUMN withdrawn boolean NOT NULL DEFAULT false;
ALTER TABLE organisation_fact ADD COLUMN withdrawn boolean NOT NULL DEFAULT false;
