-- A single submit's Idempotency-Key is now kept by the war's @Idempotent plumbing (http.idempotent_response), like
-- every create's, with the first answer itself. The keys of the last days cannot move there (they hold no answer):
-- a retry of a submission sent before this migration runs afresh, and the duplicate rule answers it with a 409
-- naming the first handover instead of creating a second one.
DROP TABLE handover.idempotency_key;
