-- A replayed answer is shown only to a caller who may read it. Most answers name the systems they
-- belong to (their systemCode fields); for any that does not, the systems the first caller acted for
-- are kept, and a replay needs the same. Rows kept from before hold neither and are not replayed.
ALTER TABLE idempotency_record ADD COLUMN caller_systems text;
