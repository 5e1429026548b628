-- Organisations and sessions can be withdrawn: the row stays (with its id, so what named it stays
-- whole), marked when it was withdrawn; the platform's withdrawal table says who and why.
ALTER TABLE organisation ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE session ADD COLUMN withdrawn_at timestamptz;
