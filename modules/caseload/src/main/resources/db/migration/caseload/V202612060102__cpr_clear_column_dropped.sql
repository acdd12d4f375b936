-- Every row has its encrypted CPR number and blind index now (V202612060101); the clear number goes, and with it its
-- two unique indexes, which come back under the same names over the blind index (CaseloadUniqueKeys maps the names
-- to the 409 a duplicate gets, so they must not change).
ALTER TABLE caseload.case_file
    ALTER COLUMN cpr_cipher SET NOT NULL,
    ALTER COLUMN cpr_index SET NOT NULL,
    DROP COLUMN cpr;

CREATE UNIQUE INDEX case_file_kommune_cpr_uq ON caseload.case_file (kommune_kode, cpr_index);
CREATE UNIQUE INDEX case_file_one_active_programme_uq ON caseload.case_file (cpr_index) WHERE status = 'ACTIVE';
