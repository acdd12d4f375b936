-- Retention (issue 15, point 4): a handover taken over or withdrawn long ago, or whose case was anonymised, keeps
-- what handover.report_handover publishes (sender, kommune, status, completeness, dates) and loses the person: CPR
-- number, name, the asylum-phase case number, every version's content and the information requests' messages.
-- anonymised_at marks it; the entity queries no longer see it.
ALTER TABLE handover.handover ADD COLUMN anonymised_at timestamptz;
CREATE INDEX handover_erasure_due_idx ON handover.handover (status, coalesce(taken_over_at, withdrawn_at))
    WHERE status IN ('TAKEN_OVER', 'WITHDRAWN') AND anonymised_at IS NULL;
