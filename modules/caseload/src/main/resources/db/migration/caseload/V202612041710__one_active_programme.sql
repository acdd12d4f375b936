-- A person is in one integration programme at a time, in the whole country: at most one ACTIVE case per CPR number.
-- A second kommune's registration is refused and offers a move claim instead, so case_move records which kommune
-- asked (the holding kommune offering the case, or the receiving kommune claiming it); the other one decides.
DO $$
DECLARE
    doubled integer;
BEGIN
    SELECT count(*) INTO doubled
      FROM (SELECT cpr FROM caseload.case_file WHERE status = 'ACTIVE' GROUP BY cpr HAVING count(*) > 1) d;
    IF doubled > 0 THEN
        RAISE EXCEPTION '% persons have an active case in more than one kommune; close or move one of each pair '
            'before this upgrade (SELECT cpr FROM caseload.case_file WHERE status = ''ACTIVE'' GROUP BY cpr '
            'HAVING count(*) > 1)', doubled;
    END IF;
END $$;

CREATE UNIQUE INDEX case_file_one_active_programme_uq ON caseload.case_file (cpr) WHERE status = 'ACTIVE';

ALTER TABLE caseload.case_move ADD COLUMN requested_by_kommune char(3);
UPDATE caseload.case_move SET requested_by_kommune = from_kommune;
ALTER TABLE caseload.case_move
    ALTER COLUMN requested_by_kommune SET NOT NULL,
    ADD CONSTRAINT case_move_requested_by_either_kommune
        CHECK (requested_by_kommune IN (from_kommune, to_kommune));
