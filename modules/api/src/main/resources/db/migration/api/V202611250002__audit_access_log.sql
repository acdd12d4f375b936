-- Who read, searched, changed or exported which person's data, and when. Append-only by convention; a CPR number in
-- a search criterion is stored only as a keyed hash.
CREATE TABLE audit.access_log (
    id             uuid PRIMARY KEY,
    at             timestamptz NOT NULL,
    subject        text        NOT NULL,
    role           text        NOT NULL,
    kommune_kode   char(3),
    action         text        NOT NULL,
    resource_type  text        NOT NULL,
    resource_id    uuid,
    criterion_hash text
);

CREATE INDEX access_log_resource_idx ON audit.access_log (resource_type, resource_id, at);
CREATE INDEX access_log_subject_idx ON audit.access_log (subject, at);
