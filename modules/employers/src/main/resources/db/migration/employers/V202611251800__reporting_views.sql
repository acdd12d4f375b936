-- The employers module's published read model for reporting (reporting reads only these views).
CREATE VIEW employers.report_igu_placement AS
SELECT p.id AS placement_id,
       p.kommune_kode,
       p.case_id,
       e.sector,
       e.ministry_area,
       p.start_date,
       p.end_date,
       p.status,
       p.end_reason
  FROM employers.igu_placement p
  JOIN employers.employer e ON e.id = p.employer_id;

CREATE VIEW employers.report_igu_target AS
SELECT ministry_area, year, target_pupils
  FROM employers.igu_target;
