-- Caseload, the jobcentre's working tool: the case grows its programme, contract, first-offer clock, assignment and
-- status; offers, job-readiness assessments, Danish education, benefit periods and moves get tables of their own.

ALTER TABLE caseload.case_file DROP CONSTRAINT case_file_residence_basis_check;
ALTER TABLE caseload.case_file ADD CONSTRAINT case_file_residence_basis_check CHECK (residence_basis IN
    ('REFUGEE', 'QUOTA_REFUGEE', 'FAMILY_REUNIFIED_TO_REFUGEE', 'OTHER_FAMILY_REUNIFIED',
     'SPECIAL_LAW_UKRAINE', 'SPECIAL_LAW_AFGHANISTAN'));

ALTER TABLE caseload.case_file
    ADD COLUMN country_of_origin        text,
    ADD COLUMN residence_permit_date    date,
    ADD COLUMN visitation_decision_date date,
    ADD COLUMN cpr_registration_date    date,
    ADD COLUMN expected_takeover_date   date,
    ADD COLUMN takeover_agreed          boolean NOT NULL DEFAULT false,
    -- the first-offer clock, kept in step with takeover_date by the entity so the worklist can sort by index
    ADD COLUMN first_offer_target_date  date,
    ADD COLUMN first_offer_latest_date  date,
    ADD COLUMN first_offer_date         date,
    ADD COLUMN contract_due_date        date,
    ADD COLUMN contract_signed_date     date,
    ADD COLUMN programme_planned_end    date,
    ADD COLUMN programme_end_date       date,
    ADD COLUMN programme_end_reason     text CHECK (programme_end_reason IN ('ORDINARY_JOB', 'EDUCATION',
                                         'DANISH_TEST_PASSED', 'MAXIMUM_PERIOD', 'MOVED_KOMMUNE',
                                         'PERMANENT_RESIDENCE', 'OTHER')),
    ADD COLUMN job_readiness            text NOT NULL DEFAULT 'JOBPARAT'
                                        CHECK (job_readiness IN ('JOBPARAT', 'AKTIVITETSPARAT')),
    ADD COLUMN danish_track             text CHECK (danish_track IN ('DU1', 'DU2', 'DU3')),
    ADD COLUMN danish_module            smallint CHECK (danish_module BETWEEN 1 AND 6),
    ADD COLUMN self_supporting_date     date,
    ADD COLUMN self_supporting_kind     text CHECK (self_supporting_kind IN ('ORDINARY_JOB', 'EDUCATION')),
    ADD COLUMN assigned_to              text,
    ADD COLUMN status                   text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'CLOSED'));

UPDATE caseload.case_file
   SET first_offer_target_date = takeover_date + 14,
       first_offer_latest_date = (takeover_date + interval '1 month')::date,
       contract_due_date       = (takeover_date + interval '1 month')::date,
       programme_planned_end   = (takeover_date + interval '1 year')::date;

ALTER TABLE caseload.case_file
    ALTER COLUMN first_offer_target_date SET NOT NULL,
    ALTER COLUMN first_offer_latest_date SET NOT NULL,
    ALTER COLUMN contract_due_date SET NOT NULL,
    ALTER COLUMN programme_planned_end SET NOT NULL;

-- The worklist: the kommune's active cases, open first-offer clocks by legal deadline.
CREATE INDEX case_file_worklist_idx ON caseload.case_file (kommune_kode, first_offer_latest_date, id)
    WHERE status = 'ACTIVE';
CREATE INDEX case_file_assigned_idx ON caseload.case_file (kommune_kode, assigned_to) WHERE status = 'ACTIVE';
CREATE INDEX case_file_name_idx ON caseload.case_file (kommune_kode, lower(full_name) text_pattern_ops);

CREATE TABLE caseload.case_language (
    case_id  uuid NOT NULL REFERENCES caseload.case_file (id) ON DELETE CASCADE,
    language text NOT NULL,
    level    text NOT NULL CHECK (level IN ('NONE', 'BASIC', 'GOOD', 'FLUENT', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    PRIMARY KEY (case_id, language)
);

-- Visitation category history: jobparat from day one unless assessed otherwise.
CREATE TABLE caseload.job_readiness_assessment (
    id          uuid PRIMARY KEY,
    case_id     uuid NOT NULL REFERENCES caseload.case_file (id) ON DELETE CASCADE,
    assessed_on date NOT NULL,
    category    text NOT NULL CHECK (category IN ('JOBPARAT', 'AKTIVITETSPARAT')),
    reason      text,
    assessed_by text NOT NULL,
    recorded_at timestamptz NOT NULL,
    CHECK (category = 'JOBPARAT' OR reason IS NOT NULL)
);
CREATE INDEX job_readiness_case_idx ON caseload.job_readiness_assessment (case_id, assessed_on);

CREATE TABLE caseload.offer (
    id             uuid PRIMARY KEY,
    case_id        uuid NOT NULL REFERENCES caseload.case_file (id) ON DELETE CASCADE,
    kommune_kode   char(3) NOT NULL REFERENCES reference.kommune (kode),
    type           text NOT NULL CHECK (type IN ('VIRKSOMHEDSPRAKTIK', 'LOENTILSKUD', 'VEJLEDNING_OG_OPKVALIFICERING',
                                                 'MENTOR', 'IGU', 'ORDINARY_JOB', 'EDUCATION')),
    start_date     date NOT NULL,
    end_date       date,
    hours_per_week numeric(4, 1) CHECK (hours_per_week > 0 AND hours_per_week <= 60),
    employer_cvr   char(8),
    recorded_by    text NOT NULL,
    recorded_at    timestamptz NOT NULL,
    version        bigint NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX offer_case_idx ON caseload.offer (case_id, start_date);

CREATE TABLE caseload.danish_test (
    id        uuid PRIMARY KEY,
    case_id   uuid NOT NULL REFERENCES caseload.case_file (id) ON DELETE CASCADE,
    test      text NOT NULL,
    passed_on date NOT NULL
);
CREATE INDEX danish_test_case_idx ON caseload.danish_test (case_id);

-- Benefit periods, so the number of recipients under the programme in a kommune on any date can be counted.
CREATE TABLE caseload.benefit_period (
    id           uuid PRIMARY KEY,
    case_id      uuid NOT NULL REFERENCES caseload.case_file (id) ON DELETE CASCADE,
    kommune_kode char(3) NOT NULL REFERENCES reference.kommune (kode),
    kind         text NOT NULL CHECK (kind IN ('INTEGRATION_BENEFIT', 'KONTANTHJAELP', 'NONE')),
    start_date   date NOT NULL,
    end_date     date,
    version      bigint NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX benefit_period_kommune_idx ON caseload.benefit_period (kommune_kode, start_date, end_date);
CREATE INDEX benefit_period_case_idx ON caseload.benefit_period (case_id);

-- Moving a case to another kommune: requested by the sender, accepted or declined by the receiver.
CREATE TABLE caseload.case_move (
    id            uuid PRIMARY KEY,
    case_id       uuid NOT NULL REFERENCES caseload.case_file (id) ON DELETE CASCADE,
    from_kommune  char(3) NOT NULL REFERENCES reference.kommune (kode),
    to_kommune    char(3) NOT NULL REFERENCES reference.kommune (kode),
    status        text NOT NULL CHECK (status IN ('REQUESTED', 'ACCEPTED', 'DECLINED')),
    requested_by  text NOT NULL,
    requested_at  timestamptz NOT NULL,
    decided_by    text,
    decided_at    timestamptz,
    version       bigint NOT NULL
);
CREATE INDEX case_move_to_idx ON caseload.case_move (to_kommune, status);
CREATE INDEX case_move_from_idx ON caseload.case_move (from_kommune, status);
CREATE UNIQUE INDEX case_move_one_open_uq ON caseload.case_move (case_id) WHERE status = 'REQUESTED';
