-- Case languages as ISO 639-1 codes (dk.jobbro.api.shared.LanguageCode), so that matching finds "Danish" where a
-- vacancy asks for "da". Spellings that reference.language_alias does not know stay as they were written (a
-- caseworker's next edit of the person's details has to name them in a known way).
CREATE TEMPORARY TABLE language_code ON COMMIT DROP AS
SELECT l.case_id, l.language, l.level,
       coalesce(a.code, r.code) AS code,
       CASE l.level WHEN 'NONE' THEN 0 WHEN 'A1' THEN 1 WHEN 'BASIC' THEN 2 WHEN 'A2' THEN 2 WHEN 'B1' THEN 3
           WHEN 'GOOD' THEN 3 WHEN 'B2' THEN 4 WHEN 'C1' THEN 5 WHEN 'FLUENT' THEN 5 WHEN 'C2' THEN 6 END AS rank
FROM caseload.case_language l
LEFT JOIN reference.language_alias a ON a.alias = lower(regexp_replace(btrim(l.language), '\s+', ' ', 'g'))
-- "en-GB", "pt_BR": the language without its region, as LanguageCode.parse reads it
LEFT JOIN reference.language_alias r
       ON r.alias = substring(lower(btrim(l.language)) FROM '^([a-z]{2,3})[-_][a-z0-9]{2,8}$')
WHERE coalesce(a.code, r.code) IS NOT NULL;

-- Two spellings of one language on a case ("da" and "Danish") become one row: the better level is kept.
DELETE FROM caseload.case_language l
USING (SELECT case_id, language,
              row_number() OVER (PARTITION BY case_id, code ORDER BY rank DESC NULLS LAST, language = code DESC,
                                 language) AS n
       FROM language_code) d
WHERE d.n > 1 AND l.case_id = d.case_id AND l.language = d.language;

UPDATE caseload.case_language l
SET language = c.code
FROM language_code c
WHERE l.case_id = c.case_id AND l.language = c.language AND l.language <> c.code;
