-- The continuous company-oriented effort becomes a task (TaskRules): the next offer is due within the configured gap
-- after the last one ends.
ALTER TABLE caseload.task DROP CONSTRAINT task_type_check;
ALTER TABLE caseload.task ADD CONSTRAINT task_type_check CHECK (type IN ('FIRST_OFFER_TARGET', 'FIRST_OFFER_LATEST',
    'KONTRAKT', 'CONTINUOUS_EFFORT', 'PROGRAMME_END', 'VITAS_REGISTRATION', 'BONUS_CLAIM', 'INFORMATION_ANSWERED',
    'MATCH_REQUEST'));
