-- A person in the integration programme, held by one kommune.
CREATE TABLE caseload.case_file (
    id              uuid PRIMARY KEY,
    kommune_kode    char(3)     NOT NULL REFERENCES reference.kommune (kode),
    cpr             char(10)    NOT NULL,
    full_name       text        NOT NULL,
    gender          text        NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    birth_date      date        NOT NULL,
    residence_basis text        NOT NULL CHECK (residence_basis IN
                        ('REFUGEE', 'QUOTA_REFUGEE', 'FAMILY_REUNIFIED_TO_REFUGEE', 'OTHER_FAMILY_REUNIFIED')),
    takeover_date   date        NOT NULL,
    registered_at   timestamptz NOT NULL,
    registered_by   text        NOT NULL,
    version         bigint      NOT NULL
);

-- One case per person per kommune; also serves the lookup by CPR.
CREATE UNIQUE INDEX case_file_kommune_cpr_uq ON caseload.case_file (kommune_kode, cpr);
-- The kommune's case list, newest first.
CREATE INDEX case_file_kommune_registered_idx ON caseload.case_file (kommune_kode, registered_at DESC, id);
