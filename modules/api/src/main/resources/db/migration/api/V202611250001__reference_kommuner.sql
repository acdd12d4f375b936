-- Reference data: the 5 regions and 98 kommuner of Denmark, plus name aliases.
--
-- Source: the project's kommune list (domain research, section 5.1), whose codes were checked
-- against the DAWA code list and whose regions come from an independent mapping.
-- Christiansø (411) appears in DAWA/CPR code lists but is a state-administered area, not a
-- kommune, so it is left out on purpose.
-- Region membership is stored explicitly: it cannot be derived from code ranges (Halsnæs 260 and
-- Gribskov 270 are in Hovedstaden, Horsens 615 in Midtjylland, Morsø 773 in Nordjylland).
-- Expected counts: 98 kommuner; Hovedstaden 29, Sjælland 17, Syddanmark 22, Midtjylland 19,
-- Nordjylland 11.

CREATE TABLE reference.region (
    kode smallint PRIMARY KEY,
    navn text NOT NULL
);

-- Keyed on the 3-digit kommunekode; CPR/DAWA's 4-digit form ("0101") is normalised before lookup.
CREATE TABLE reference.kommune (
    kode char(3) PRIMARY KEY,
    navn text NOT NULL UNIQUE,
    region_kode smallint NOT NULL REFERENCES reference.region
);

-- Published statistics spell some names unofficially; they are matched to a kode through this
-- table so that everything else can be keyed on kommunekode.
CREATE TABLE reference.kommune_alias (
    alias text PRIMARY KEY,
    kommune_kode char(3) NOT NULL REFERENCES reference.kommune
);

INSERT INTO reference.region (kode, navn) VALUES
    (1081, 'Region Nordjylland'),
    (1082, 'Region Midtjylland'),
    (1083, 'Region Syddanmark'),
    (1084, 'Region Hovedstaden'),
    (1085, 'Region Sjælland');

-- Region Nordjylland: 11 kommuner
INSERT INTO reference.kommune (kode, navn, region_kode) VALUES
    ('773', 'Morsø', 1081),
    ('787', 'Thisted', 1081),
    ('810', 'Brønderslev', 1081),
    ('813', 'Frederikshavn', 1081),
    ('820', 'Vesthimmerlands', 1081),
    ('825', 'Læsø', 1081),
    ('840', 'Rebild', 1081),
    ('846', 'Mariagerfjord', 1081),
    ('849', 'Jammerbugt', 1081),
    ('851', 'Aalborg', 1081),
    ('860', 'Hjørring', 1081);

-- Region Midtjylland: 19 kommuner
INSERT INTO reference.kommune (kode, navn, region_kode) VALUES
    ('615', 'Horsens', 1082),
    ('657', 'Herning', 1082),
    ('661', 'Holstebro', 1082),
    ('665', 'Lemvig', 1082),
    ('671', 'Struer', 1082),
    ('706', 'Syddjurs', 1082),
    ('707', 'Norddjurs', 1082),
    ('710', 'Favrskov', 1082),
    ('727', 'Odder', 1082),
    ('730', 'Randers', 1082),
    ('740', 'Silkeborg', 1082),
    ('741', 'Samsø', 1082),
    ('746', 'Skanderborg', 1082),
    ('751', 'Aarhus', 1082),
    ('756', 'Ikast-Brande', 1082),
    ('760', 'Ringkøbing-Skjern', 1082),
    ('766', 'Hedensted', 1082),
    ('779', 'Skive', 1082),
    ('791', 'Viborg', 1082);

-- Region Syddanmark: 22 kommuner
INSERT INTO reference.kommune (kode, navn, region_kode) VALUES
    ('410', 'Middelfart', 1083),
    ('420', 'Assens', 1083),
    ('430', 'Faaborg-Midtfyn', 1083),
    ('440', 'Kerteminde', 1083),
    ('450', 'Nyborg', 1083),
    ('461', 'Odense', 1083),
    ('479', 'Svendborg', 1083),
    ('480', 'Nordfyns', 1083),
    ('482', 'Langeland', 1083),
    ('492', 'Ærø', 1083),
    ('510', 'Haderslev', 1083),
    ('530', 'Billund', 1083),
    ('540', 'Sønderborg', 1083),
    ('550', 'Tønder', 1083),
    ('561', 'Esbjerg', 1083),
    ('563', 'Fanø', 1083),
    ('573', 'Varde', 1083),
    ('575', 'Vejen', 1083),
    ('580', 'Aabenraa', 1083),
    ('607', 'Fredericia', 1083),
    ('621', 'Kolding', 1083),
    ('630', 'Vejle', 1083);

-- Region Hovedstaden: 29 kommuner
INSERT INTO reference.kommune (kode, navn, region_kode) VALUES
    ('101', 'København', 1084),
    ('147', 'Frederiksberg', 1084),
    ('151', 'Ballerup', 1084),
    ('153', 'Brøndby', 1084),
    ('155', 'Dragør', 1084),
    ('157', 'Gentofte', 1084),
    ('159', 'Gladsaxe', 1084),
    ('161', 'Glostrup', 1084),
    ('163', 'Herlev', 1084),
    ('165', 'Albertslund', 1084),
    ('167', 'Hvidovre', 1084),
    ('169', 'Høje-Taastrup', 1084),
    ('173', 'Lyngby-Taarbæk', 1084),
    ('175', 'Rødovre', 1084),
    ('183', 'Ishøj', 1084),
    ('185', 'Tårnby', 1084),
    ('187', 'Vallensbæk', 1084),
    ('190', 'Furesø', 1084),
    ('201', 'Allerød', 1084),
    ('210', 'Fredensborg', 1084),
    ('217', 'Helsingør', 1084),
    ('219', 'Hillerød', 1084),
    ('223', 'Hørsholm', 1084),
    ('230', 'Rudersdal', 1084),
    ('240', 'Egedal', 1084),
    ('250', 'Frederikssund', 1084),
    ('260', 'Halsnæs', 1084),
    ('270', 'Gribskov', 1084),
    ('400', 'Bornholm', 1084);

-- Region Sjælland: 17 kommuner
INSERT INTO reference.kommune (kode, navn, region_kode) VALUES
    ('253', 'Greve', 1085),
    ('259', 'Køge', 1085),
    ('265', 'Roskilde', 1085),
    ('269', 'Solrød', 1085),
    ('306', 'Odsherred', 1085),
    ('316', 'Holbæk', 1085),
    ('320', 'Faxe', 1085),
    ('326', 'Kalundborg', 1085),
    ('329', 'Ringsted', 1085),
    ('330', 'Slagelse', 1085),
    ('336', 'Stevns', 1085),
    ('340', 'Sorø', 1085),
    ('350', 'Lejre', 1085),
    ('360', 'Lolland', 1085),
    ('370', 'Næstved', 1085),
    ('376', 'Guldborgsund', 1085),
    ('390', 'Vordingborg', 1085);

-- Spellings used in the 2017 press tables (official: Høje-Taastrup, Vesthimmerlands).
INSERT INTO reference.kommune_alias (alias, kommune_kode) VALUES
    ('Høje-Tåstrup', '169'),
    ('Vesthimmerland', '820');
