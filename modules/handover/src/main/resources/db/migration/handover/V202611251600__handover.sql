-- A handover from the asylum phase to the receiving kommune. The searchable facts are columns; the full content of
-- the current version is JSON text (every version is kept in handover_revision).
CREATE TABLE handover.handover (
    id                       uuid PRIMARY KEY,
    sender                   text        NOT NULL,
    receiving_kommune        char(3)     NOT NULL REFERENCES reference.kommune (kode),
    status                   text        NOT NULL CHECK (status IN
                                 ('SENT', 'RECEIVED', 'INFO_REQUESTED', 'TAKEN_OVER', 'WITHDRAWN')),
    cpr                      char(10),
    case_number              text,
    -- 'cpr:<10 digits>' or 'case:<case number>': how a second handover for the same person is recognised
    person_key               text        NOT NULL,
    full_name                text        NOT NULL,
    visitation_decision_date date,
    expected_takeover_date   date,
    completeness_score       integer     NOT NULL CHECK (completeness_score BETWEEN 0 AND 100),
    revision                 integer     NOT NULL,
    content                  text        NOT NULL,
    sent_at                  timestamptz NOT NULL,
    received_at              timestamptz,
    withdrawn_at             timestamptz,
    taken_over_at            timestamptz,
    takeover_date            date,
    case_id                  uuid,
    version                  bigint      NOT NULL
);

-- The receiving kommune's inbox, newest first, and the sender's list.
CREATE INDEX handover_kommune_sent_idx ON handover.handover (receiving_kommune, sent_at DESC, id);
CREATE INDEX handover_sender_sent_idx ON handover.handover (sender, sent_at DESC, id);
-- Duplicate detection: one live handover per person per kommune (checked under an advisory lock per kommune).
CREATE INDEX handover_person_idx ON handover.handover (receiving_kommune, person_key) WHERE status <> 'WITHDRAWN';

-- Every version of a handover's content, with who supplied it and when.
CREATE TABLE handover.handover_revision (
    id           uuid PRIMARY KEY,
    handover_id  uuid        NOT NULL REFERENCES handover.handover (id),
    revision     integer     NOT NULL,
    content      text        NOT NULL,
    supplied_by  text        NOT NULL,
    supplied_at  timestamptz NOT NULL,
    UNIQUE (handover_id, revision)
);

-- The kommune's requests for more information.
CREATE TABLE handover.info_request (
    id                    uuid PRIMARY KEY,
    handover_id           uuid        NOT NULL REFERENCES handover.handover (id),
    fields                text        NOT NULL,
    message               text        NOT NULL,
    requested_by          text        NOT NULL,
    requested_at          timestamptz NOT NULL,
    answered_by_revision  integer
);
CREATE INDEX info_request_handover_idx ON handover.info_request (handover_id, requested_at);

-- Idempotency keys of creates: the unique (sender, key) makes concurrent retries create one handover; the request
-- hash tells a retry (same body) from a misuse of the key (different body, 422).
CREATE TABLE handover.idempotency_key (
    sender        text        NOT NULL,
    key           text        NOT NULL,
    request_hash  char(64)    NOT NULL,
    handover_id   uuid        NOT NULL,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (sender, key)
);
