-- The household a case's handover belonged to (family members handed over together): the case shows the members
-- whose cases the same kommune holds. Copied from handover at takeover; caseload never reads handover's tables.
ALTER TABLE caseload.case_file ADD COLUMN household_id uuid;
CREATE INDEX case_file_household_idx ON caseload.case_file (kommune_kode, household_id) WHERE household_id IS NOT NULL;

-- Children handed over with their family: registered on an adult household member's case, not in a programme
-- (integrationsloven § 16: 18 or over at takeover). The care need is derived from the birth date when read.
CREATE TABLE caseload.case_dependant (
    id            uuid PRIMARY KEY,
    case_id       uuid        NOT NULL REFERENCES caseload.case_file (id) ON DELETE CASCADE,
    handover_id   uuid        NOT NULL UNIQUE,
    full_name     text        NOT NULL,
    birth_date    date        NOT NULL,
    from_date     date        NOT NULL,
    registered_at timestamptz NOT NULL
);
CREATE INDEX case_dependant_case_idx ON caseload.case_dependant (case_id);

-- What the handover brought besides the person and the competence profile, copied at takeover. Health information
-- is only ever handed over with the person's recorded consent, and only caseworkers see it.
CREATE TABLE caseload.case_handover_content (
    case_id                 uuid PRIMARY KEY REFERENCES caseload.case_file (id) ON DELETE CASCADE,
    notes                   text,
    danish_classes          text NOT NULL,
    job_offer_description   text,
    job_offer_cvr           text,
    job_offer_igu           boolean,
    health_information      text,
    health_consent_purpose  text,
    health_consent_given_on date
);
