-- A vacancy may need a driving licence; matching counts it.
ALTER TABLE employers.vacancy ADD COLUMN driving_licence_required boolean NOT NULL DEFAULT false;

-- A cross-border match that ends in a placement: the request carries the consultant's message and contact; after
-- acceptance the requesting consultant proposes the offer or IGU (proposal_*), which the holding kommune confirms
-- (offer_id or igu_placement_id: the placement registered on its case) or declines (the reason; the request is then
-- ACCEPTED again and may get another proposal). The requester can withdraw until the placement is registered.
ALTER TABLE employers.match_request
    ADD COLUMN message                  text,
    ADD COLUMN contact_name             text,
    ADD COLUMN contact_email            text,
    ADD COLUMN contact_phone            text,
    ADD COLUMN proposal_start           date,
    ADD COLUMN proposal_end             date,
    ADD COLUMN proposal_hours           numeric(4,1),
    ADD COLUMN proposal_pay_basis       text,
    ADD COLUMN proposal_signed          date,
    ADD COLUMN proposed_by              text,
    ADD COLUMN proposed_at              timestamptz,
    ADD COLUMN proposal_declined_reason text,
    ADD COLUMN offer_id                 uuid,
    ADD COLUMN igu_placement_id         uuid REFERENCES employers.igu_placement (id),
    ADD COLUMN placed_by                text,
    ADD COLUMN placed_at                timestamptz,
    DROP CONSTRAINT match_request_status_check,
    ADD CONSTRAINT match_request_status_check
        CHECK (status IN ('REQUESTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'PROPOSED', 'PLACED')),
    ADD CONSTRAINT match_request_placed_check
        CHECK ((status = 'PLACED') = (offer_id IS NOT NULL AND placed_at IS NOT NULL));

-- One live request per candidate per vacancy: a declined or withdrawn one leaves room for a new one.
DROP INDEX employers.match_request_one_uq;
CREATE UNIQUE INDEX match_request_one_uq ON employers.match_request (vacancy_id, case_id)
    WHERE status NOT IN ('DECLINED', 'WITHDRAWN');

-- An IGU that came from a vacancy names it.
ALTER TABLE employers.igu_placement ADD COLUMN vacancy_id uuid REFERENCES employers.vacancy (id);
