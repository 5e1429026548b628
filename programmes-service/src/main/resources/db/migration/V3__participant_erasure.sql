-- Erasure of a participant's personal data (UK GDPR Article 17). The row and its id stay, so that
-- enrolments, attendance and every figure built on them stay as they were; the names become a
-- placeholder, the e-mail and job title go. With no e-mail the row leaves the unique index
-- participant_email (NULLs are never equal), so the address can be registered again.
ALTER TABLE participant
    ADD COLUMN erased_on date,
    ALTER COLUMN email DROP NOT NULL,
    ADD CONSTRAINT participant_erased_holds_no_contact CHECK (
        (erased_on IS NULL AND email IS NOT NULL) OR (erased_on IS NOT NULL AND email IS NULL AND job_title IS NULL));
