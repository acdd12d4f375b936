-- Every task type, after V202612060400 (match-request task renamed MATCH_REQUEST_WAITING) and V202612060500
-- (CONTINUOUS_EFFORT, written against the old name) were built side by side: the list TaskType holds.
ALTER TABLE caseload.task DROP CONSTRAINT task_type_check;
UPDATE caseload.task SET type = 'MATCH_REQUEST_WAITING' WHERE type = 'MATCH_REQUEST';
ALTER TABLE caseload.task ADD CONSTRAINT task_type_check CHECK (type IN ('FIRST_OFFER_TARGET', 'FIRST_OFFER_LATEST',
    'KONTRAKT', 'CONTINUOUS_EFFORT', 'PROGRAMME_END', 'VITAS_REGISTRATION', 'BONUS_CLAIM', 'INFORMATION_ANSWERED',
    'MATCH_REQUEST_WAITING'));
