-- The foreign key from a correction to the note it corrects: deleting a note makes PostgreSQL look for corrections of
-- it, a scan of the whole journal without this index. Few notes are corrections, so the index is partial.
CREATE INDEX journal_entry_corrects_idx ON caseload.journal_entry (corrects) WHERE corrects IS NOT NULL;
