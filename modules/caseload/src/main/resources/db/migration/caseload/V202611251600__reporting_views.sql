-- Caseload's published read model for reporting. Reporting reads these views, never the tables behind them, so the
-- tables may change as long as the views keep their shape. No CPR number and no name: aggregates only.
CREATE VIEW caseload.report_case AS
SELECT id AS case_id,
       kommune_kode,
       gender,
       birth_date,
       residence_basis,
       country_of_origin,
       takeover_date,
       first_offer_target_date,
       first_offer_latest_date,
       first_offer_date,
       self_supporting_date,
       self_supporting_kind,
       programme_end_date,
       programme_end_reason,
       status
  FROM caseload.case_file;

CREATE VIEW caseload.report_benefit AS
SELECT case_id, kommune_kode, kind, start_date, end_date
  FROM caseload.benefit_period;

CREATE VIEW caseload.report_offer AS
SELECT case_id, kommune_kode, type, start_date, end_date, employer_cvr
  FROM caseload.offer;

CREATE INDEX case_file_self_supporting_idx ON caseload.case_file (self_supporting_date) WHERE self_supporting_date IS NOT NULL;
CREATE INDEX case_file_takeover_idx ON caseload.case_file (takeover_date);
