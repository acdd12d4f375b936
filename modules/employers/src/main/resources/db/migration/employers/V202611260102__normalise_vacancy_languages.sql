-- Vacancies' required languages as ISO 639-1 codes (dk.jobbro.api.shared.LanguageCode), like the cases' languages
-- they are matched with. Spellings that reference.language_alias does not know stay as they were written.
CREATE TEMPORARY TABLE required_code ON COMMIT DROP AS
SELECT l.vacancy_id, l.position, coalesce(a.code, r.code) AS code,
       CASE l.level WHEN 'NONE' THEN 0 WHEN 'A1' THEN 1 WHEN 'BASIC' THEN 2 WHEN 'A2' THEN 2 WHEN 'B1' THEN 3
           WHEN 'GOOD' THEN 3 WHEN 'B2' THEN 4 WHEN 'C1' THEN 5 WHEN 'FLUENT' THEN 5 WHEN 'C2' THEN 6 END AS rank
FROM employers.vacancy_language l
LEFT JOIN reference.language_alias a ON a.alias = lower(regexp_replace(btrim(l.language), '\s+', ' ', 'g'))
LEFT JOIN reference.language_alias r
       ON r.alias = substring(lower(btrim(l.language)) FROM '^([a-z]{2,3})[-_][a-z0-9]{2,8}$')
WHERE coalesce(a.code, r.code) IS NOT NULL;

-- A language required twice in two spellings would count twice in the score: the stricter level is kept.
DELETE FROM employers.vacancy_language l
USING (SELECT vacancy_id, position,
              row_number() OVER (PARTITION BY vacancy_id, code ORDER BY rank DESC NULLS LAST, position) AS n
       FROM required_code) d
WHERE d.n > 1 AND l.vacancy_id = d.vacancy_id AND l.position = d.position;

UPDATE employers.vacancy_language l
SET language = c.code
FROM required_code c
WHERE l.vacancy_id = c.vacancy_id AND l.position = c.position AND l.language <> c.code;

-- The list's positions (its @OrderColumn) must stay 0..n-1 after a deletion; shifted out of the way first, because
-- the primary key is checked row by row.
UPDATE employers.vacancy_language SET position = position + 1000000;
UPDATE employers.vacancy_language l
SET position = p.n
FROM (SELECT vacancy_id, position, row_number() OVER (PARTITION BY vacancy_id ORDER BY position) - 1 AS n
      FROM employers.vacancy_language) p
WHERE l.vacancy_id = p.vacancy_id AND l.position = p.position;
