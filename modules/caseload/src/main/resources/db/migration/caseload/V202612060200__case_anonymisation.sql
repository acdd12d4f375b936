-- Retention (issue 15, point 4): a closed case's personal data is irreversibly anonymised a configurable period after
-- the programme ended. The row stays, with what the published statistics count (kommune, gender, birth date for the
-- age band, residence basis, country, the programme's dates and outcome), so no report figure changes; the CPR number
-- and the name go. anonymised_at marks such a row: the entity queries no longer see it (it is nobody's case any more).
ALTER TABLE caseload.case_file ALTER COLUMN cpr_cipher DROP NOT NULL, ALTER COLUMN cpr_index DROP NOT NULL;
ALTER TABLE caseload.case_file ADD COLUMN anonymised_at timestamptz;
ALTER TABLE caseload.case_file ADD CONSTRAINT case_file_anonymised_has_no_cpr
    CHECK (anonymised_at IS NULL OR (cpr_cipher IS NULL AND cpr_index IS NULL));
ALTER TABLE caseload.case_file ADD CONSTRAINT case_file_cpr_unless_anonymised
    CHECK (anonymised_at IS NOT NULL OR (cpr_cipher IS NOT NULL AND cpr_index IS NOT NULL));
-- The retention job's search: closed, not yet anonymised, by end date.
CREATE INDEX case_file_erasure_due_idx ON caseload.case_file (programme_end_date)
    WHERE status = 'CLOSED' AND anonymised_at IS NULL;
