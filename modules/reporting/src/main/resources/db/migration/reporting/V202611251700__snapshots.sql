-- Published report snapshots: the report as it was answered, so it can be re-run later and compared (late
-- registrations revise figures).
CREATE TABLE reporting.snapshot (
    id                 uuid PRIMARY KEY,
    report             text        NOT NULL,
    parameters         text        NOT NULL,
    definition_version text        NOT NULL,
    data_cut_off       timestamptz NOT NULL,
    body               text        NOT NULL,
    created_by         text        NOT NULL,
    created_at         timestamptz NOT NULL
);
CREATE INDEX snapshot_report_idx ON reporting.snapshot (report, created_at);
