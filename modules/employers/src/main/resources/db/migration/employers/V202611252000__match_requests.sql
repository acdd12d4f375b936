-- A vacancy's consultant asks the kommune that holds a pseudonymised candidate to put them in touch; case_id refers
-- to caseload by id only and is shown to the requesting kommune only once the holding kommune accepted.
CREATE TABLE employers.match_request (
    id                 uuid PRIMARY KEY,
    vacancy_id         uuid        NOT NULL REFERENCES employers.vacancy (id),
    requesting_kommune char(3)     NOT NULL REFERENCES reference.kommune (kode),
    candidate_kommune  char(3)     NOT NULL REFERENCES reference.kommune (kode),
    case_id            uuid        NOT NULL,
    match_ref          text        NOT NULL,
    score              integer     NOT NULL,
    status             text        NOT NULL CHECK (status IN ('REQUESTED', 'ACCEPTED', 'DECLINED')),
    requested_by       text        NOT NULL,
    requested_at       timestamptz NOT NULL,
    decided_by         text,
    decided_at         timestamptz,
    version            bigint      NOT NULL
);
-- One open or accepted request per candidate per vacancy.
CREATE UNIQUE INDEX match_request_one_uq ON employers.match_request (vacancy_id, case_id) WHERE status <> 'DECLINED';
CREATE INDEX match_request_candidate_idx ON employers.match_request (candidate_kommune, status, requested_at);
CREATE INDEX match_request_requesting_idx ON employers.match_request (requesting_kommune, requested_at);
