-- The access log's head row is moved once per transaction instead of once per row.
--
-- Until now the deferred trigger sealed each row on its own: it locked and read the head row, linked the row and
-- updated the head, so a transaction of n rows updated the head row n times, and each update had to step over the
-- versions the earlier ones had left in the same transaction. The access-log writer commits many reads' rows in one
-- INSERT (AccessLogBuffer), which made that the dearest part of a logged read for PostgreSQL. Measured with pgbench,
-- 8 clients, on this project's PostgreSQL 17 (2 cores, a log of a million rows), INSERTs per second:
--
--   rows per INSERT            1        4       20
--   sealed per row         2,134    1,110      139
--   sealed per transaction 2,467    1,685      830
--
-- Now a BEFORE INSERT trigger counts the transaction's rows in a transaction-local setting, and the deferred trigger,
-- which fires at commit once per row in the order they were inserted, takes the head's lock and reads it at the first
-- row, carries the newest link from row to row in a second setting, and writes the head once, at the last row. The
-- chain is unchanged: same positions, same digest, same verification, the head's lock still taken only at commit.
--
-- The settings can be changed by the session, which gains it nothing: a wrong count or link leaves a link that does
-- not follow from the one before it, or a head that is not the newest link, and the chain check names either
-- (LINK_ALTERED, HEAD_MISMATCH), as it names a row inserted with the triggers switched off (UNCHAINED_ROW).

-- Needs no rights beyond the inserting session's, so it runs as that session: a SECURITY DEFINER function with its
-- own search_path saves and restores settings at every call, which a one-row transaction noticed.
CREATE FUNCTION audit.count_unsealed_access_log() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_catalog.set_config('jobbro.access_log_unsealed',
      (COALESCE(NULLIF(pg_catalog.current_setting('jobbro.access_log_unsealed', true), ''), '0')::int + 1)::text,
      true);
  RETURN NEW;
END
$$;

CREATE TRIGGER access_log_count_unsealed BEFORE INSERT ON audit.access_log
    FOR EACH ROW EXECUTE FUNCTION audit.count_unsealed_access_log();

CREATE OR REPLACE FUNCTION audit.seal_access_log() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, audit AS $$
DECLARE
  -- rows of this transaction still to be linked after this one
  remaining int := COALESCE(NULLIF(current_setting('jobbro.access_log_unsealed', true), ''), '0')::int - 1;
  -- 'seq:hash' of the link this transaction made last, empty before its first
  last_link text := current_setting('jobbro.access_log_last_link', true);
  link_seq bigint;
  prev bytea;
  hash bytea;
BEGIN
  IF last_link IS NULL OR last_link = '' THEN
    SELECT last_seq, last_hash INTO link_seq, prev FROM audit.access_log_head FOR UPDATE;
  ELSE
    link_seq := split_part(last_link, ':', 1)::bigint;
    prev := decode(split_part(last_link, ':', 2), 'hex');
  END IF;
  link_seq := link_seq + 1;
  hash := audit.access_log_digest(prev, link_seq, NEW);
  INSERT INTO audit.access_log_chain (seq, log_id, prev_hash, row_hash) VALUES (link_seq, NEW.id, prev, hash);
  IF remaining > 0 THEN
    PERFORM set_config('jobbro.access_log_last_link', link_seq || ':' || encode(hash, 'hex'), true);
    PERFORM set_config('jobbro.access_log_unsealed', remaining::text, true);
  ELSE
    UPDATE audit.access_log_head SET last_seq = link_seq, last_hash = hash;
    PERFORM set_config('jobbro.access_log_last_link', '', true);
    PERFORM set_config('jobbro.access_log_unsealed', '', true);
  END IF;
  RETURN NULL;
END
$$;
