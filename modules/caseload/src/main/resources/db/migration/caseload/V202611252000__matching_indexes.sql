-- Matching with vacancies scores only active, job-ready cases of the searched kommuner; the per-case lookups use the
-- child tables' primary keys (case_id first) and offer_case_idx.
CREATE INDEX case_file_matching_idx ON caseload.case_file (kommune_kode, id)
    WHERE status = 'ACTIVE' AND job_readiness = 'JOBPARAT';
