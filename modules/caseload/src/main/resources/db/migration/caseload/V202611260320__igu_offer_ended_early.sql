-- A person can complete only one IGU; an IGU that ended early does not use that up. The employers module says so
-- through its IguEnded event, and caseload marks the IGU offer it had given the case.
ALTER TABLE caseload.offer ADD COLUMN ended_early boolean NOT NULL DEFAULT false;
