-- The access log becomes readable per person and tamper-evident (issue 15, points 1 and 2).
--
-- persons:  the keyed hash (HMAC-SHA256 under jobbro.audit.hash-key, computed by the application) of each CPR number
--           whose data the access touched; a data protection officer finds a person's rows by it, from a case id or
--           from a CPR number given in a request body, and the CPR number itself is never stored.
-- kommuner: the kommune of each person touched, whose data protection officer therefore sees the row (so a
--           consultant of another kommune shown a pseudonymised profile, or a sender writing a handover, shows in the
--           person's kommune). The reader's own kommune stays in kommune_kode: a kommune's officer sees the rows about
--           its people and the rows of its own staff.
-- Rows written before this migration have neither; they are found by reader, period and action.
ALTER TABLE audit.access_log ADD COLUMN persons text[] NOT NULL DEFAULT '{}';
ALTER TABLE audit.access_log ADD COLUMN kommuner text[] NOT NULL DEFAULT '{}';

CREATE INDEX access_log_persons_idx ON audit.access_log USING gin (persons);
CREATE INDEX access_log_kommuner_idx ON audit.access_log USING gin (kommuner);
CREATE INDEX access_log_kommune_at_idx ON audit.access_log (kommune_kode, at);
CREATE INDEX access_log_at_idx ON audit.access_log (at);

-- The hash chain. Each committed log row gets one row here: its position (seq, gap-free), the hash of the row before
-- it and its own hash, sha256(prev_hash || the row's canonical text including seq). Altering, removing or inserting a
-- row anywhere breaks the chain from there on, and audit.access_log_head names the newest link, so removing the newest
-- rows is caught too.
--
-- Why a separate table and a trigger at commit: a link needs the previous link, so links must be made one at a time.
-- A chain computed when the row is inserted would hold the chain's lock from the log insert (early in most requests)
-- until the request's commit, serialising every request that reads a person's data. The trigger below is DEFERRED:
-- it runs during COMMIT, so the lock on the head row is held only from then until the commit completes (the WAL
-- flush). A separate, insert-only table keeps the log row itself untouched: sealing never updates it, so the log stays
-- strictly append-only. The application still sends one INSERT per logged access.
CREATE TABLE audit.access_log_chain (
    seq       bigint PRIMARY KEY,
    log_id    uuid   NOT NULL,
    prev_hash bytea  NOT NULL,
    row_hash  bytea  NOT NULL
);

-- One row: the newest link (last_seq, last_hash) and where the kept chain begins (first_seq, first_prev_hash). The
-- retention job, when it deletes the oldest rows, moves the beginning forward, so a deleted oldest row that the
-- retention job did not account for is still a broken link.
CREATE TABLE audit.access_log_head (
    one             boolean PRIMARY KEY DEFAULT true CHECK (one),
    last_seq        bigint  NOT NULL,
    last_hash       bytea   NOT NULL,
    first_seq       bigint  NOT NULL,
    first_prev_hash bytea   NOT NULL
);
INSERT INTO audit.access_log_head VALUES (true, 0, decode(repeat('00', 32), 'hex'), 1, decode(repeat('00', 32), 'hex'));

-- The canonical text of a row at a position: a JSON array of the columns, timestamps in UTC with microseconds, so
-- the text does not depend on a session's TimeZone or DateStyle. Sealing and verifying both use this one function.
CREATE FUNCTION audit.access_log_digest(prev bytea, link_seq bigint, r audit.access_log) RETURNS bytea
    LANGUAGE sql IMMUTABLE AS $$
  SELECT sha256(prev || convert_to(jsonb_build_array(link_seq, r.id::text,
      to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), r.subject, r.role, r.kommune_kode::text,
      r.action, r.resource_type, r.resource_id::text, r.criterion_hash, r.persons, r.kommuner)::text, 'UTF8'))
$$;

-- Seals one row: takes the head row's lock, links the row after the newest one and moves the head. SECURITY DEFINER:
-- the application's role may insert log rows but neither write the chain nor move the head itself.
CREATE FUNCTION audit.seal_access_log() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, audit AS $$
DECLARE
  head audit.access_log_head;
  hash bytea;
BEGIN
  SELECT * INTO head FROM audit.access_log_head FOR UPDATE;
  hash := audit.access_log_digest(head.last_hash, head.last_seq + 1, NEW);
  INSERT INTO audit.access_log_chain (seq, log_id, prev_hash, row_hash)
      VALUES (head.last_seq + 1, NEW.id, head.last_hash, hash);
  UPDATE audit.access_log_head SET last_seq = head.last_seq + 1, last_hash = hash;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER access_log_seal AFTER INSERT ON audit.access_log
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit.seal_access_log();

-- The rows written before this migration join the chain in the order they were written.
DO $$
DECLARE
  r audit.access_log;
  head audit.access_log_head;
  hash bytea;
BEGIN
  FOR r IN SELECT * FROM audit.access_log ORDER BY at, id LOOP
    SELECT * INTO head FROM audit.access_log_head;
    hash := audit.access_log_digest(head.last_hash, head.last_seq + 1, r);
    INSERT INTO audit.access_log_chain VALUES (head.last_seq + 1, r.id, head.last_hash, hash);
    UPDATE audit.access_log_head SET last_seq = head.last_seq + 1, last_hash = hash;
  END LOOP;
END
$$;

-- Append-only, also for the role that owns the tables (which is who Jobbro connects as when it runs its own
-- migrations, and who could otherwise ignore grants): UPDATE and TRUNCATE are refused always, DELETE unless the
-- session acts as the retention role (SET ROLE jobbro_audit_retention, which only its members may do). Someone who
-- can switch these triggers off (the owner, a superuser) can still alter rows, and that is what the chain detects.
CREATE FUNCTION audit.refuse_access_log_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_user = 'jobbro_audit_retention' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% on %.% refused: the access log is append-only', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
      USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON audit.access_log
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_access_log_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON audit.access_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_access_log_change();
CREATE TRIGGER access_log_chain_append_only BEFORE UPDATE OR DELETE ON audit.access_log_chain
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_access_log_change();
CREATE TRIGGER access_log_chain_no_truncate BEFORE TRUNCATE ON audit.access_log_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_access_log_change();

-- The roles, for a deployment that separates them (server-config/README.md). jobbro_audit_append may read and append
-- to the log and nothing else: a runtime login that does not own the schema gets it. jobbro_audit_retention is what
-- only the retention job switches to (SET ROLE) to delete expired rows and move the chain's beginning. Both NOLOGIN.
-- The owner (the login that runs these migrations, jobbro_app in server-config/README.md) keeps its rights, since the
-- sealing function runs with them; the triggers above are what hold the owner to append-only.
-- Roles are cluster-wide, so they are created only if missing; a migrating user without CREATEROLE leaves that to the
-- DBA (the triggers protect the log either way).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'jobbro_audit_append') THEN
    CREATE ROLE jobbro_audit_append NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'jobbro_audit_retention') THEN
    CREATE ROLE jobbro_audit_retention NOLOGIN;
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'no CREATEROLE: create jobbro_audit_append and jobbro_audit_retention as server-config/README.md says';
END
$$;

DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'jobbro_audit_append') THEN
    GRANT USAGE ON SCHEMA audit TO jobbro_audit_append;
    GRANT SELECT, INSERT ON audit.access_log TO jobbro_audit_append;
    GRANT SELECT ON audit.access_log_chain, audit.access_log_head TO jobbro_audit_append;
  END IF;
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'jobbro_audit_retention') THEN
    GRANT USAGE ON SCHEMA audit TO jobbro_audit_retention;
    GRANT SELECT, DELETE ON audit.access_log, audit.access_log_chain TO jobbro_audit_retention;
    GRANT SELECT, UPDATE (first_seq, first_prev_hash) ON audit.access_log_head TO jobbro_audit_retention;
  END IF;
END
$$;
REVOKE ALL ON audit.access_log, audit.access_log_chain, audit.access_log_head FROM PUBLIC;
