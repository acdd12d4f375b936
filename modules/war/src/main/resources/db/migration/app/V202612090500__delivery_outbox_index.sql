-- The nightly event-outbox purge deletes old events; PostgreSQL checks each deleted event against
-- events.delivery.outbox_position, and without an index that check scans every delivery, once per event.
CREATE INDEX delivery_outbox_position_idx ON events.delivery (outbox_position);
