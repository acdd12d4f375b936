-- Indexes on the foreign keys that had none (ForeignKeyIndexIT lists every key without one). An employer's vacancies
-- and partnerships are also read by employer, and removing a vacancy or a placement checks the rows that point at it:
-- without an index each of these scans the whole referencing table. Only some placements come from a vacancy and only
-- accepted matches name a placement, so those two are partial and stay small.
CREATE INDEX vacancy_employer_idx ON employers.vacancy (employer_id);
CREATE INDEX partnership_employer_idx ON employers.partnership (employer_id);
CREATE INDEX igu_placement_vacancy_idx ON employers.igu_placement (vacancy_id) WHERE vacancy_id IS NOT NULL;
CREATE INDEX match_request_placement_idx ON employers.match_request (igu_placement_id) WHERE igu_placement_id IS NOT NULL;
