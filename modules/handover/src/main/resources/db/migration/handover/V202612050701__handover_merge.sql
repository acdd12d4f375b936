-- Two senders may hand over the same person to one kommune (a sender is never told that another did): the receiving
-- kommune sees them as possible duplicates of each other and merges one into the other. The merged one ends as
-- MERGED, pointing at the one kept.
ALTER TABLE handover.handover DROP CONSTRAINT handover_status_check;
ALTER TABLE handover.handover ADD CONSTRAINT handover_status_check CHECK (status IN
    ('SENT', 'RECEIVED', 'INFO_REQUESTED', 'TAKEN_OVER', 'WITHDRAWN', 'MERGED'));
ALTER TABLE handover.handover
    ADD COLUMN merged_into uuid REFERENCES handover.handover (id),
    ADD COLUMN merged_at timestamptz;

-- The reporting read model leaves a merged handover out: it is the same person's second handover, and the person is
-- counted once, by the handover kept.
CREATE OR REPLACE VIEW handover.report_handover AS
SELECT id AS handover_id,
       sender,
       receiving_kommune AS kommune_kode,
       status,
       completeness_score,
       visitation_decision_date,
       expected_takeover_date,
       takeover_date,
       sent_at,
       taken_over_at
  FROM handover.handover
 WHERE status <> 'MERGED';
