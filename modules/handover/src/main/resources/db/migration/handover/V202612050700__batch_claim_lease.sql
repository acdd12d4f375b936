-- A batch run holds its Idempotency-Key with a lease of seconds that it renews while it works, instead of being taken
-- for dead only 15 minutes after it started: a retry after a crash takes the key over as soon as the lease lapses.
-- Each chunk the run writes adds its records' results to progress in the same transaction as the records, so the run
-- that takes over skips what the crashed run wrote and answers it as the crashed run would have: nothing is written
-- twice or lost. Claims in progress when this runs belong to a server that has stopped: their lease lapses at once.
ALTER TABLE handover.batch_idempotency_key
    ADD COLUMN lease_until timestamptz,
    -- '<index> C <id>' or '<index> D <id>' per record written so far (BatchResultsText); null when none yet
    ADD COLUMN progress text;
UPDATE handover.batch_idempotency_key SET lease_until = created_at;
ALTER TABLE handover.batch_idempotency_key ALTER COLUMN lease_until SET NOT NULL;
