-- Bonus milestones for reporting (amounts and due dates; no person data).
CREATE VIEW employers.report_igu_bonus AS
SELECT m.placement_id, p.kommune_kode, m.kind, m.amount_kr, m.due_date, m.status
  FROM employers.igu_bonus_milestone m
  JOIN employers.igu_placement p ON p.id = m.placement_id;
