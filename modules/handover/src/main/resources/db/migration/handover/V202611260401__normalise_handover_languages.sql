-- Handover content stored before languages were normalised may name them ("Arabic", "dansk"); a takeover hands the
-- languages to caseload, which accepts only what dk.jobbro.api.shared.LanguageCode knows. Rewrite known spellings to
-- their ISO 639-1 codes with reference.language_alias, in the current content and in every kept version, so that
-- provenance still sees the same value in each version. Spellings the table does not know stay as they were written:
-- a takeover then asks the caseworker to request an amendment from the sender. Two spellings of one language ("da"
-- and "Danish") become one entry with the better level, as the cases' migration did, since a case refuses a language
-- named twice. The content is rewritten through jsonb, which changes only its key order and spacing: it is read with
-- the JSON binder, and provenance compares values, never text.
CREATE FUNCTION pg_temp.languages_as_codes(content jsonb) RETURNS jsonb LANGUAGE sql STABLE AS $$
  WITH spoken AS (
      SELECT l.item, l.pos, coalesce(a.code, r.code) AS code,
             CASE l.item ->> 'level' WHEN 'NONE' THEN 0 WHEN 'A1' THEN 1 WHEN 'BASIC' THEN 2 WHEN 'A2' THEN 2
                 WHEN 'B1' THEN 3 WHEN 'GOOD' THEN 3 WHEN 'B2' THEN 4 WHEN 'C1' THEN 5 WHEN 'FLUENT' THEN 5
                 WHEN 'C2' THEN 6 END AS rank
      FROM jsonb_array_elements(content -> 'languages') WITH ORDINALITY AS l(item, pos)
      LEFT JOIN reference.language_alias a
             ON jsonb_typeof(l.item -> 'language') = 'string'
            AND a.alias = lower(regexp_replace(btrim(l.item ->> 'language'), '\s+', ' ', 'g'))
      -- "en-GB", "pt_BR": the language without its region, as LanguageCode.parse reads it
      LEFT JOIN reference.language_alias r
             ON jsonb_typeof(l.item -> 'language') = 'string'
            AND r.alias = substring(lower(btrim(l.item ->> 'language')) FROM '^([a-z]{2,3})[-_][a-z0-9]{2,8}$')
  ), kept AS (
      SELECT item, pos, code,
             row_number() OVER (PARTITION BY coalesce(code, 'unknown ' || pos)
                                ORDER BY rank DESC NULLS LAST, item ->> 'language' = code DESC, pos) AS n
      FROM spoken
  )
  SELECT jsonb_set(content, '{languages}',
                   coalesce((SELECT jsonb_agg(CASE WHEN code IS NULL THEN item
                                                   ELSE jsonb_set(item, '{language}', to_jsonb(code)) END
                                              ORDER BY pos)
                             FROM kept WHERE n = 1), '[]'::jsonb))
$$;

UPDATE handover.handover
SET content = pg_temp.languages_as_codes(content::jsonb)::text
WHERE jsonb_typeof(content::jsonb -> 'languages') = 'array'
  AND pg_temp.languages_as_codes(content::jsonb) <> content::jsonb;

UPDATE handover.handover_revision
SET content = pg_temp.languages_as_codes(content::jsonb)::text
WHERE jsonb_typeof(content::jsonb -> 'languages') = 'array'
  AND pg_temp.languages_as_codes(content::jsonb) <> content::jsonb;
