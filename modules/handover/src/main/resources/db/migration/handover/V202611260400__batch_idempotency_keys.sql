-- Idempotency keys of batch imports (POST /handovers/batch). A key is claimed, and the claim committed, before the
-- first record is written: a concurrent retry then finds the run in progress (results still null) instead of starting
-- a second one, and a later retry finds the stored results and answers them again. The request hash is of the raw
-- body, so another body under the same key is told apart (422). Separate from handover.idempotency_key, whose rows
-- each name the one handover a single submit created.
CREATE TABLE handover.batch_idempotency_key (
    sender        text        NOT NULL,
    key           text        NOT NULL,
    request_hash  char(64)    NOT NULL,
    -- the run that holds the claim: only it may store its results or give the claim up
    run_id        uuid        NOT NULL,
    created_at    timestamptz NOT NULL,
    -- one line per record, in order (BatchResultsText); null while the run is in progress
    results       text,
    PRIMARY KEY (sender, key)
);
