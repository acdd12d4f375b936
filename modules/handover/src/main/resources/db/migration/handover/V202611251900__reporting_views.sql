-- The handover module's published read model for reporting: no CPR, no name, no content.
CREATE VIEW handover.report_handover AS
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
  FROM handover.handover;
