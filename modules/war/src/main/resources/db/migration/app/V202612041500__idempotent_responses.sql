-- The first answer to each create request sent with an Idempotency-Key (IdempotentRequests): a retry with the same
-- key gets it again instead of creating anew. Written in the same transaction as what the request created. The scope
-- is whose key it is (kommune:101, sender:redcross, subject:...); request_hash fingerprints method, address and body,
-- so another request under the same key is told apart (422); it is an HMAC under the audit key, since the body may
-- hold a CPR number. Rows expire after the retention (7 days by default) and are purged hourly: the answer may hold a
-- person's data (a case with its masked CPR number).
CREATE TABLE http.idempotent_response (
    scope         text        NOT NULL,
    key           text        NOT NULL,
    request_hash  char(64)    NOT NULL,
    status        smallint    NOT NULL,
    location      text,
    etag          text,
    content_type  text        NOT NULL,
    body          text,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (scope, key)
);
CREATE INDEX idempotent_response_created_idx ON http.idempotent_response (created_at);
