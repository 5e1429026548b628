-- Report pages say "data as of" the newest event applied: an index keeps finding it one lookup,
-- however many events the service has applied.
CREATE INDEX applied_event_applied_at ON applied_event (applied_at);
