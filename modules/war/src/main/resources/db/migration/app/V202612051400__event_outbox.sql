-- The transactional outbox behind the event feed (GET /api/v1/events) and the webhooks. EventOutbox writes one row per
-- event and audience in the transaction of the change itself, so a committed change always has its event and a
-- rolled-back one never has. The audience is whose feed the row is in: 'kommune:101' or 'sender:dansk-roede-kors'.
-- data holds ids, dates and codes only, never a CPR number or a name.
--
-- Order: txid is the writing transaction's id (pg_current_xact_id()). The feed serves only rows whose transaction is
-- older than every transaction still running (pg_snapshot_xmin), in (txid, position) order, and its cursor is that
-- pair: every row that can still appear later belongs to a transaction at or above that horizon, so it sorts after
-- everything already served. Ordering by position alone would skip rows, since a lower position can commit after a
-- higher one was read.
CREATE SCHEMA IF NOT EXISTS events;

CREATE TABLE events.outbox (
    position  bigserial   PRIMARY KEY,
    txid      xid8        NOT NULL,
    audience  text        NOT NULL,
    event_id  uuid        NOT NULL,
    source    text        NOT NULL,
    type      text        NOT NULL,
    subject   text        NOT NULL,
    time      timestamptz NOT NULL,
    data      jsonb       NOT NULL
);
CREATE INDEX outbox_feed_idx ON events.outbox (audience, txid, position);

-- A kommune's (or a sender's) webhook: where to POST the events of the listed types (none listed = all). The secret
-- signs each delivery (HMAC-SHA256), so it is kept as given; the API never returns it and nothing logs it.
CREATE TABLE events.subscription (
    id           uuid        PRIMARY KEY,
    audience     text        NOT NULL,
    url          text        NOT NULL,
    event_types  text[]      NOT NULL,
    secret       text        NOT NULL,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL
);
CREATE INDEX subscription_audience_idx ON events.subscription (audience);

-- One event to one subscription, written with the outbox row (same transaction). WebhookWorker claims due PENDING
-- rows with FOR UPDATE SKIP LOCKED and a lease (next_attempt_at moved ahead), so two instances never send the same
-- attempt; a failed attempt is retried with exponential backoff, and after the last one the row is DEAD_LETTER until
-- someone asks for a redelivery.
CREATE TABLE events.delivery (
    id               uuid        PRIMARY KEY,
    subscription_id  uuid        NOT NULL REFERENCES events.subscription (id) ON DELETE CASCADE,
    outbox_position  bigint      NOT NULL REFERENCES events.outbox (position),
    status           text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD_LETTER')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    last_attempt_at  timestamptz,
    last_status      integer,
    last_error       text,
    delivered_at     timestamptz,
    created_at       timestamptz NOT NULL
);
CREATE INDEX delivery_due_idx ON events.delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_subscription_idx ON events.delivery (subscription_id, status, created_at);
