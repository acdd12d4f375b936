-- Offers as they happen: an offer registered in advance can be cancelled before it starts (with a reason), and its
-- start is announced (OfferStarted) on the start date. Offers that exist already were announced when registered.
ALTER TABLE caseload.offer
    ADD COLUMN cancelled_on        date,
    ADD COLUMN cancellation_reason text,
    ADD COLUMN cancelled_by        text,
    ADD COLUMN start_announced     boolean NOT NULL DEFAULT true,
    ADD CONSTRAINT offer_cancellation_complete
        CHECK ((cancelled_on IS NULL) = (cancellation_reason IS NULL AND cancelled_by IS NULL));

-- The nightly OfferStartClock looks for planned offers whose day has come.
CREATE INDEX offer_start_unannounced_idx ON caseload.offer (start_date) WHERE NOT start_announced;

-- A cancelled offer never happened: reporting does not see it (same shape as before).
CREATE OR REPLACE VIEW caseload.report_offer AS
SELECT case_id, kommune_kode, type, start_date, end_date, employer_cvr
  FROM caseload.offer
 WHERE cancelled_on IS NULL;
