-- the handover of a case, when an agreed takeover date moves the case's dates
CREATE INDEX handover_case_idx ON handover.handover (case_id) WHERE case_id IS NOT NULL;

-- ANSWERED: the sender answered an information request with an amendment.
ALTER TABLE handover.handover DROP CONSTRAINT handover_status_check;
ALTER TABLE handover.handover ADD CONSTRAINT handover_status_check CHECK (status IN
    ('SENT', 'RECEIVED', 'INFO_REQUESTED', 'ANSWERED', 'TAKEN_OVER', 'WITHDRAWN', 'MERGED'));
