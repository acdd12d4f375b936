-- Ministry areas (ministerområder) as a dated reference list instead of free text. Ministries are renamed, merged
-- and split with each government and ressortomlægning; a STATE employer and a ministry's IGU target name the area by
-- its code, and reports count a placement under the area in force on the report's date by following `successor`.
--
-- valid_from is the first day the ministry had this name and remit; valid_to is the first day it no longer had it
-- (exclusive), null while in force. The list starts with Løkke II (2015-06-28), before Jobbro's first data (2016):
-- a valid_from of 2015-06-28 means "in force at least since then". successor is where the area's tasks went: the
-- new name of a renamed ministry, or, for a merger or split, the ministry that took over the department (the other
-- part is named in `change_note`).
--
-- Sources (read 2026-12): the Statsministeriet's press releases on the governments and their changes (stm.dk:
-- "Regeringen Mette Frederiksen" 2019-06-27, "Statsministeriet meddeler" on the ressortomlægning of 2021-01-21,
-- "Ændringer i regeringen november 2023"); the Danish and English Wikipedia articles on the governments Lars Løkke
-- Rasmussen II (2015-06-28) and III (2016-11-28), Mette Frederiksen I (2019-06-27) and II (2022-12-15) and on the
-- ministries (Indenrigs- og Boligministeriet 2021-01-21; By-, Land- og Kirkeministeriet 2023-11-23); Politiken's
-- overview of the Løkke governments (2018); Altinget and Øresund news on the reshuffle of Thursday 2024-08-29. Not
-- found in these sources, so not in the list: any government formed after the 2026 general election, and whether
-- Økonomiministeriet (from 2022-12-15) has ended. Add such changes with a new migration (see README).
CREATE TABLE employers.ministry_area (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,59}$'),
    name        text NOT NULL,
    valid_from  date NOT NULL,
    valid_to    date,
    successor   text REFERENCES employers.ministry_area (code) DEFERRABLE INITIALLY DEFERRED,
    change_note text,
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (successor IS NULL OR valid_to IS NOT NULL)
);

INSERT INTO employers.ministry_area (code, name, valid_from, valid_to, successor, change_note) VALUES
-- in force through every government since 2015
('STATSMINISTERIET', 'Statsministeriet', '2015-06-28', NULL, NULL, NULL),
('UDENRIGSMINISTERIET', 'Udenrigsministeriet', '2015-06-28', NULL, NULL, NULL),
('FINANSMINISTERIET', 'Finansministeriet', '2015-06-28', NULL, NULL, NULL),
('JUSTITSMINISTERIET', 'Justitsministeriet', '2015-06-28', NULL, NULL, NULL),
('FORSVARSMINISTERIET', 'Forsvarsministeriet', '2015-06-28', NULL, NULL, NULL),
('BESKAEFTIGELSESMINISTERIET', 'Beskæftigelsesministeriet', '2015-06-28', NULL, NULL, NULL),
('SKATTEMINISTERIET', 'Skatteministeriet', '2015-06-28', NULL, NULL, NULL),
('KULTURMINISTERIET', 'Kulturministeriet', '2015-06-28', NULL, NULL, NULL),
('UDDANNELSES_OG_FORSKNINGSMINISTERIET', 'Uddannelses- og Forskningsministeriet', '2015-06-28', NULL, NULL, NULL),
-- church, and from 2023 towns, rural districts and planning
('KIRKEMINISTERIET', 'Kirkeministeriet', '2015-06-28', '2023-11-23', 'BY_LAND_OG_KIRKEMINISTERIET',
 'renamed; planning and rural districts had come from Indenrigs- og Boligministeriet on 2022-12-15'),
('BY_LAND_OG_KIRKEMINISTERIET', 'By-, Land- og Kirkeministeriet', '2023-11-23', NULL, NULL, NULL),
-- business
('ERHVERVS_OG_VAEKSTMINISTERIET', 'Erhvervs- og Vækstministeriet', '2015-06-28', '2016-11-28',
 'ERHVERVSMINISTERIET', 'renamed with Løkke III'),
('ERHVERVSMINISTERIET', 'Erhvervsministeriet', '2016-11-28', NULL, NULL, NULL),
-- foreigners and integration (housing until 2016)
('UDLAENDINGE_INTEGRATIONS_OG_BOLIGMINISTERIET', 'Udlændinge-, Integrations- og Boligministeriet', '2015-06-28',
 '2016-11-28', 'UDLAENDINGE_OG_INTEGRATIONSMINISTERIET',
 'renamed; housing went to Transport-, Bygnings- og Boligministeriet'),
('UDLAENDINGE_OG_INTEGRATIONSMINISTERIET', 'Udlændinge- og Integrationsministeriet', '2016-11-28', NULL, NULL,
 NULL),
-- transport (and building and housing until 2021)
('TRANSPORT_OG_BYGNINGSMINISTERIET', 'Transport- og Bygningsministeriet', '2015-06-28', '2016-11-28',
 'TRANSPORT_BYGNINGS_OG_BOLIGMINISTERIET', 'took over housing'),
('TRANSPORT_BYGNINGS_OG_BOLIGMINISTERIET', 'Transport-, Bygnings- og Boligministeriet', '2016-11-28',
 '2019-06-27', 'TRANSPORT_OG_BOLIGMINISTERIET', 'renamed with Frederiksen I'),
('TRANSPORT_OG_BOLIGMINISTERIET', 'Transport- og Boligministeriet', '2019-06-27', '2021-01-21',
 'TRANSPORTMINISTERIET', 'renamed; housing went to the new Indenrigs- og Boligministeriet'),
('TRANSPORTMINISTERIET', 'Transportministeriet', '2021-01-21', NULL, NULL, NULL),
-- children and education
('MINISTERIET_FOR_BOERN_UNDERVISNING_OG_LIGESTILLING', 'Ministeriet for Børn, Undervisning og Ligestilling',
 '2015-06-28', '2016-11-28', 'UNDERVISNINGSMINISTERIET',
 'split; children went to Børne- og Socialministeriet, gender equality to Ministeriet for Fiskeri og Ligestilling'),
('UNDERVISNINGSMINISTERIET', 'Undervisningsministeriet', '2016-11-28', '2019-06-27',
 'BOERNE_OG_UNDERVISNINGSMINISTERIET', 'took over children from Børne- og Socialministeriet'),
('BOERNE_OG_UNDERVISNINGSMINISTERIET', 'Børne- og Undervisningsministeriet', '2019-06-27', NULL, NULL, NULL),
-- social affairs, the interior, health, the elderly and housing
('SOCIAL_OG_INDENRIGSMINISTERIET_2015', 'Social- og Indenrigsministeriet (2015-2016)', '2015-06-28',
 '2016-11-28', 'BOERNE_OG_SOCIALMINISTERIET',
 'split; the interior went to Økonomi- og Indenrigsministeriet'),
('BOERNE_OG_SOCIALMINISTERIET', 'Børne- og Socialministeriet', '2016-11-28', '2019-06-27',
 'SOCIAL_OG_INDENRIGSMINISTERIET', 'social affairs merged with the interior; children went to education'),
('OEKONOMI_OG_INDENRIGSMINISTERIET', 'Økonomi- og Indenrigsministeriet', '2016-11-28', '2019-06-27',
 'SOCIAL_OG_INDENRIGSMINISTERIET', 'the interior merged with social affairs; economy went to Finansministeriet'),
('SOCIAL_OG_INDENRIGSMINISTERIET', 'Social- og Indenrigsministeriet', '2019-06-27', '2021-01-21',
 'SOCIAL_OG_AELDREMINISTERIET', 'split; the interior went to the new Indenrigs- og Boligministeriet'),
('SOCIAL_OG_AELDREMINISTERIET', 'Social- og Ældreministeriet', '2021-01-21', '2022-12-15',
 'SOCIAL_BOLIG_OG_AELDREMINISTERIET', 'took over housing'),
('INDENRIGS_OG_BOLIGMINISTERIET', 'Indenrigs- og Boligministeriet', '2021-01-21', '2022-12-15',
 'INDENRIGS_OG_SUNDHEDSMINISTERIET',
 'split; housing went to Social-, Bolig- og Ældreministeriet, planning and rural districts to Kirkeministeriet'),
('SUNDHEDS_OG_AELDREMINISTERIET', 'Sundheds- og Ældreministeriet', '2015-06-28', '2021-01-21',
 'SUNDHEDSMINISTERIET', 'renamed; the elderly went to Social- og Ældreministeriet'),
('SUNDHEDSMINISTERIET', 'Sundhedsministeriet', '2021-01-21', '2022-12-15', 'INDENRIGS_OG_SUNDHEDSMINISTERIET',
 'merged with the interior'),
('INDENRIGS_OG_SUNDHEDSMINISTERIET', 'Indenrigs- og Sundhedsministeriet', '2022-12-15', NULL, NULL, NULL),
('SOCIAL_BOLIG_OG_AELDREMINISTERIET', 'Social-, Bolig- og Ældreministeriet', '2022-12-15', '2024-08-29',
 'SOCIAL_OG_BOLIGMINISTERIET', 'renamed; the elderly went to the new Ældreministeriet'),
('SOCIAL_OG_BOLIGMINISTERIET', 'Social- og Boligministeriet', '2024-08-29', NULL, NULL, NULL),
('AELDREMINISTERIET', 'Ældreministeriet', '2024-08-29', NULL, NULL, NULL),
('OEKONOMIMINISTERIET', 'Økonomiministeriet', '2022-12-15', NULL, NULL, NULL),
-- environment, food, agriculture and fisheries
('MILJOE_OG_FOEDEVAREMINISTERIET', 'Miljø- og Fødevareministeriet', '2015-06-28', '2019-06-27',
 'MILJOEMINISTERIET', 'split; food, agriculture and fisheries went to their own ministry'),
('MILJOEMINISTERIET', 'Miljøministeriet', '2019-06-27', NULL, NULL, NULL),
('MINISTERIET_FOR_FISKERI_OG_LIGESTILLING', 'Ministeriet for Fiskeri og Ligestilling', '2016-11-28',
 '2019-06-27', 'MINISTERIET_FOR_FOEDEVARER_LANDBRUG_OG_FISKERI', 'fisheries merged with food and agriculture'),
('MINISTERIET_FOR_FOEDEVARER_LANDBRUG_OG_FISKERI', 'Ministeriet for Fødevarer, Landbrug og Fiskeri',
 '2019-06-27', NULL, NULL, NULL),
('MINISTERIET_FOR_GROEN_TREPART', 'Ministeriet for Grøn Trepart', '2024-08-29', NULL, NULL, NULL),
-- climate and energy
('ENERGI_FORSYNINGS_OG_KLIMAMINISTERIET', 'Energi-, Forsynings- og Klimaministeriet', '2015-06-28', '2019-06-27',
 'KLIMA_ENERGI_OG_FORSYNINGSMINISTERIET', 'renamed with Frederiksen I'),
('KLIMA_ENERGI_OG_FORSYNINGSMINISTERIET', 'Klima-, Energi- og Forsyningsministeriet', '2019-06-27', NULL, NULL,
 NULL),
-- digitalisation and civil preparedness
('DIGITALISERINGS_OG_LIGESTILLINGSMINISTERIET', 'Digitaliserings- og Ligestillingsministeriet', '2022-12-15',
 '2024-08-29', 'DIGITALISERINGSMINISTERIET', 'renamed; gender equality went to the environment minister'),
('DIGITALISERINGSMINISTERIET', 'Digitaliseringsministeriet', '2024-08-29', NULL, NULL, NULL),
('MINISTERIET_FOR_SAMFUNDSSIKKERHED_OG_BEREDSKAB', 'Ministeriet for Samfundssikkerhed og Beredskab', '2024-08-29',
 NULL, NULL, NULL);

-- The area in force on a date for an area code: follows successor while the area had ended by then. A code not in
-- the list (free text kept from before this migration) is returned as it is; a date before the area began gives
-- the area itself (a merger has several predecessors, so there is no way back). Reports group by this.
CREATE FUNCTION employers.ministry_area_on(area text, on_date date) RETURNS text
    LANGUAGE sql STABLE AS $$
  WITH RECURSIVE chain (code, successor, valid_to, depth) AS (
      SELECT code, successor, valid_to, 0 FROM employers.ministry_area WHERE code = area
      UNION ALL
      SELECT m.code, m.successor, m.valid_to, c.depth + 1
        FROM chain c JOIN employers.ministry_area m ON m.code = c.successor
       WHERE c.valid_to <= on_date AND c.depth < 50)
  SELECT coalesce((SELECT code FROM chain ORDER BY depth DESC LIMIT 1), area)
$$;

-- Existing free text onto codes: upper case, Danish letters spelt out, any run of other characters as one '_'
-- ("Forsvarsministeriet", "forsvars ministeriet " and "FORSVARSMINISTERIET" all become FORSVARSMINISTERIET).
CREATE FUNCTION pg_temp.area_code(free_text text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(both '_' FROM regexp_replace(
      replace(replace(replace(upper(trim(free_text)), 'Æ', 'AE'), 'Ø', 'OE'), 'Å', 'AA'), '[^A-Z0-9]+', '_', 'g'))
$$;

UPDATE employers.employer e SET ministry_area = pg_temp.area_code(e.ministry_area)
 WHERE e.ministry_area IS NOT NULL AND e.ministry_area <> pg_temp.area_code(e.ministry_area)
   AND EXISTS (SELECT 1 FROM employers.ministry_area m WHERE m.code = pg_temp.area_code(e.ministry_area));

-- a target is moved onto its code unless one for the code and year is there already (then both stay, to be merged by
-- the ministry: Jobbro does not add targets up on its own)
UPDATE employers.igu_target t SET ministry_area = pg_temp.area_code(t.ministry_area)
 WHERE t.ministry_area <> pg_temp.area_code(t.ministry_area)
   AND EXISTS (SELECT 1 FROM employers.ministry_area m WHERE m.code = pg_temp.area_code(t.ministry_area))
   AND NOT EXISTS (SELECT 1 FROM employers.igu_target o
                    WHERE o.ministry_area = pg_temp.area_code(t.ministry_area) AND o.year = t.year);

UPDATE employers.igu_kommune_target t SET ministry_area = pg_temp.area_code(t.ministry_area)
 WHERE t.ministry_area <> pg_temp.area_code(t.ministry_area)
   AND EXISTS (SELECT 1 FROM employers.ministry_area m WHERE m.code = pg_temp.area_code(t.ministry_area))
   AND NOT EXISTS (SELECT 1 FROM employers.igu_kommune_target o
                    WHERE o.ministry_area = pg_temp.area_code(t.ministry_area) AND o.year = t.year
                      AND o.kommune_kode = t.kommune_kode);

-- New and changed rows must name a listed area. NOT VALID: rows whose free text matched no area are kept as they
-- were (a report shows them under their old text) rather than lost; list them with
--   select distinct ministry_area from employers.employer e where ministry_area is not null
--    and not exists (select 1 from employers.ministry_area m where m.code = e.ministry_area);
ALTER TABLE employers.employer ADD CONSTRAINT employer_ministry_area_listed
    FOREIGN KEY (ministry_area) REFERENCES employers.ministry_area (code) NOT VALID;
ALTER TABLE employers.igu_target ADD CONSTRAINT igu_target_ministry_area_listed
    FOREIGN KEY (ministry_area) REFERENCES employers.ministry_area (code) NOT VALID;
ALTER TABLE employers.igu_kommune_target ADD CONSTRAINT igu_kommune_target_ministry_area_listed
    FOREIGN KEY (ministry_area) REFERENCES employers.ministry_area (code) NOT VALID;
