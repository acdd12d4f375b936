-- Skills a vacancy may ask for, recorded by the kommune on the case (free text; matching compares them trimmed and
-- without case, so the index is on that form).
CREATE TABLE caseload.case_skill (
    case_id  uuid     NOT NULL REFERENCES caseload.case_file (id) ON DELETE CASCADE,
    position smallint NOT NULL,
    skill    text     NOT NULL,
    PRIMARY KEY (case_id, position)
);
CREATE INDEX case_skill_normalised_idx ON caseload.case_skill (lower(btrim(skill)));

-- The match-request task says what it waits for: the holding kommune's answer (to the request, or to the placement
-- the requesting consultant proposed). No task of the old name was ever opened.
ALTER TABLE caseload.task DROP CONSTRAINT task_type_check;
UPDATE caseload.task SET type = 'MATCH_REQUEST_WAITING' WHERE type = 'MATCH_REQUEST';
ALTER TABLE caseload.task ADD CONSTRAINT task_type_check CHECK (type IN ('FIRST_OFFER_TARGET', 'FIRST_OFFER_LATEST',
    'KONTRAKT', 'CONTINUOUS_EFFORT', 'PROGRAMME_END', 'VITAS_REGISTRATION', 'BONUS_CLAIM', 'INFORMATION_ANSWERED',
    'MATCH_REQUEST_WAITING'));
