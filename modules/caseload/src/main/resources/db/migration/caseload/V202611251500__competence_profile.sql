-- The competence profile handed over from the asylum phase, and the handover a case came from (one case per
-- handover, also under retries).
ALTER TABLE caseload.case_file
    ADD COLUMN handover_id     uuid,
    ADD COLUMN driving_licence boolean;
CREATE UNIQUE INDEX case_file_handover_uq ON caseload.case_file (handover_id) WHERE handover_id IS NOT NULL;

CREATE TABLE caseload.case_education (
    case_id    uuid     NOT NULL REFERENCES caseload.case_file (id) ON DELETE CASCADE,
    position   smallint NOT NULL,
    level      text     NOT NULL,
    years      smallint,
    field      text,
    country    text,
    recognised boolean,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE caseload.case_work_experience (
    case_id         uuid     NOT NULL REFERENCES caseload.case_file (id) ON DELETE CASCADE,
    position        smallint NOT NULL,
    occupation_code text,
    description     text,
    years           smallint,
    PRIMARY KEY (case_id, position)
);
-- Matching vacancies by occupation (ISCO-08 prefixes).
CREATE INDEX case_work_experience_occupation_idx ON caseload.case_work_experience (occupation_code text_pattern_ops);
