-- The runs of scheduled jobs (OncePerSchedule): one row per job and schedule minute, inserted by the instance that
-- claims the run, so that with several instances of Jobbro on this database each run happens once. A FAILED run may
-- be claimed again; rows older than 90 days are deleted as new runs are claimed.
CREATE SCHEMA IF NOT EXISTS scheduling;

CREATE TABLE scheduling.job_run (
    job          text        NOT NULL,
    slot         timestamptz NOT NULL,
    instance     text        NOT NULL,
    attempts     smallint    NOT NULL DEFAULT 1,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    outcome      text CHECK (outcome IN ('DONE', 'FAILED')),
    PRIMARY KEY (job, slot)
);
