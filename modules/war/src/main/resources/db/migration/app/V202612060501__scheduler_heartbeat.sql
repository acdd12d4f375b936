-- The scheduler's heartbeat (SchedulerHeartbeat): one row per minute from whichever instance ran the job. No unique
-- key on purpose: the rows count how often the job's body ran, so two rows for one minute would show a schedule run
-- twice in a cluster (bench/cluster.sh checks that there are none, and no gap while an instance is down).
CREATE TABLE scheduling.heartbeat (
    slot      timestamptz NOT NULL,
    instance  text        NOT NULL,
    beat_at   timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX heartbeat_slot_idx ON scheduling.heartbeat (slot);
