-- merged_into references handover.handover (id): without an index, deleting (or re-keying) a handover makes
-- PostgreSQL check the foreign key by scanning the whole table, once per deleted row. Only merged handovers have
-- the column set, so a partial index stays small; the foreign key's lookup (merged_into = $1) can use it.
CREATE INDEX handover_merged_into_idx ON handover.handover (merged_into) WHERE merged_into IS NOT NULL;
