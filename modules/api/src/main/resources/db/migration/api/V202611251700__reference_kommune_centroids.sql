-- Approximate kommune centroids for commuting distances between kommuner (vacancies open to other kommuner).
--
-- APPROXIMATE: each point is roughly the town of the kommune's administration (rådhus), written from general
-- geographic knowledge, not surveyed and not taken from DAWA; expect errors of a few kilometres. Distances are
-- straight-line (haversine) between these points, good enough to say "within about 50 km", not for routing.
CREATE TABLE reference.kommune_centroid (
    kode char(3) PRIMARY KEY REFERENCES reference.kommune (kode),
    lat  double precision NOT NULL CHECK (lat BETWEEN 54.5 AND 57.8),
    lon  double precision NOT NULL CHECK (lon BETWEEN 8.0 AND 15.2)
);

INSERT INTO reference.kommune_centroid (kode, lat, lon) VALUES
    ('101', 55.6759, 12.5700),  -- København
    ('147', 55.6786, 12.5322),  -- Frederiksberg
    ('151', 55.7316, 12.3633),  -- Ballerup
    ('153', 55.6500, 12.4190),  -- Brøndby
    ('155', 55.5935, 12.6720),  -- Dragør
    ('157', 55.7520, 12.5470),  -- Gentofte
    ('159', 55.7320, 12.4900),  -- Gladsaxe (Søborg)
    ('161', 55.6660, 12.4030),  -- Glostrup
    ('163', 55.7240, 12.4390),  -- Herlev
    ('165', 55.6570, 12.3530),  -- Albertslund
    ('167', 55.6570, 12.4740),  -- Hvidovre
    ('169', 55.6530, 12.2690),  -- Høje-Taastrup (Taastrup)
    ('173', 55.7710, 12.5040),  -- Lyngby-Taarbæk (Kgs. Lyngby)
    ('175', 55.6810, 12.4540),  -- Rødovre
    ('183', 55.6150, 12.3520),  -- Ishøj
    ('185', 55.6290, 12.6120),  -- Tårnby (Kastrup)
    ('187', 55.6230, 12.3860),  -- Vallensbæk
    ('190', 55.8070, 12.3640),  -- Furesø (Farum)
    ('201', 55.8700, 12.3570),  -- Allerød (Lillerød)
    ('210', 55.9030, 12.4970),  -- Fredensborg (Kokkedal)
    ('217', 56.0360, 12.6130),  -- Helsingør
    ('219', 55.9270, 12.3110),  -- Hillerød
    ('223', 55.8810, 12.5010),  -- Hørsholm
    ('230', 55.8170, 12.4780),  -- Rudersdal (Holte)
    ('240', 55.7960, 12.1580),  -- Egedal (Ølstykke)
    ('250', 55.8390, 12.0690),  -- Frederikssund
    ('253', 55.5830, 12.3000),  -- Greve
    ('259', 55.4580, 12.1820),  -- Køge
    ('260', 55.9710, 12.0220),  -- Halsnæs (Frederiksværk)
    ('265', 55.6420, 12.0800),  -- Roskilde
    ('269', 55.5360, 12.2200),  -- Solrød
    ('270', 56.0220, 12.1960),  -- Gribskov (Helsinge)
    ('306', 55.8110, 11.5010),  -- Odsherred (Asnæs)
    ('316', 55.7170, 11.7130),  -- Holbæk
    ('320', 55.2560, 12.1190),  -- Faxe
    ('326', 55.6810, 11.0890),  -- Kalundborg
    ('329', 55.4430, 11.7900),  -- Ringsted
    ('330', 55.4030, 11.3540),  -- Slagelse
    ('336', 55.3100, 12.3870),  -- Stevns (Store Heddinge)
    ('340', 55.4320, 11.5560),  -- Sorø
    ('350', 55.6040, 11.9750),  -- Lejre (Allerslev)
    ('360', 54.7760, 11.5010),  -- Lolland (Maribo)
    ('370', 55.2300, 11.7600),  -- Næstved
    ('376', 54.7690, 11.8700),  -- Guldborgsund (Nykøbing F.)
    ('390', 55.0090, 11.9110),  -- Vordingborg
    ('400', 55.1000, 14.7060),  -- Bornholm (Rønne)
    ('410', 55.5060, 9.7300),  -- Middelfart
    ('420', 55.2700, 9.9000),  -- Assens
    ('430', 55.2380, 10.4780),  -- Faaborg-Midtfyn (Ringe)
    ('440', 55.4490, 10.6570),  -- Kerteminde
    ('450', 55.3130, 10.7900),  -- Nyborg
    ('461', 55.3960, 10.3880),  -- Odense
    ('479', 55.0600, 10.6100),  -- Svendborg
    ('480', 55.5660, 10.0880),  -- Nordfyns (Bogense)
    ('482', 54.9360, 10.7100),  -- Langeland (Rudkøbing)
    ('492', 54.8880, 10.4100),  -- Ærø (Ærøskøbing)
    ('510', 55.2490, 9.4880),  -- Haderslev
    ('530', 55.7570, 8.9260),  -- Billund (Grindsted)
    ('540', 54.9140, 9.7920),  -- Sønderborg
    ('550', 54.9330, 8.8670),  -- Tønder
    ('561', 55.4760, 8.4590),  -- Esbjerg
    ('563', 55.4440, 8.4020),  -- Fanø (Nordby)
    ('573', 55.6210, 8.4810),  -- Varde
    ('575', 55.4810, 9.1380),  -- Vejen
    ('580', 55.0440, 9.4180),  -- Aabenraa
    ('607', 55.5650, 9.7520),  -- Fredericia
    ('615', 55.8610, 9.8500),  -- Horsens
    ('621', 55.4900, 9.4720),  -- Kolding
    ('630', 55.7090, 9.5360),  -- Vejle
    ('657', 56.1360, 8.9770),  -- Herning
    ('661', 56.3600, 8.6160),  -- Holstebro
    ('665', 56.5480, 8.3100),  -- Lemvig
    ('671', 56.4900, 8.5900),  -- Struer
    ('706', 56.1950, 10.6780),  -- Syddjurs (Ebeltoft)
    ('707', 56.4150, 10.8770),  -- Norddjurs (Grenaa)
    ('710', 56.2660, 10.0630),  -- Favrskov (Hinnerup)
    ('727', 55.9730, 10.1530),  -- Odder
    ('730', 56.4610, 10.0360),  -- Randers
    ('740', 56.1700, 9.5450),  -- Silkeborg
    ('741', 55.8470, 10.5960),  -- Samsø (Tranebjerg)
    ('746', 56.0370, 9.9300),  -- Skanderborg
    ('751', 56.1530, 10.2030),  -- Aarhus
    ('756', 56.1390, 9.1580),  -- Ikast-Brande (Ikast)
    ('760', 56.0900, 8.2440),  -- Ringkøbing-Skjern (Ringkøbing)
    ('766', 55.7710, 9.7010),  -- Hedensted
    ('773', 56.7960, 8.8660),  -- Morsø (Nykøbing M.)
    ('779', 56.5660, 9.0270),  -- Skive
    ('787', 56.9570, 8.6940),  -- Thisted
    ('791', 56.4530, 9.4020),  -- Viborg
    ('810', 57.2700, 9.9410),  -- Brønderslev
    ('813', 57.4410, 10.5370),  -- Frederikshavn
    ('820', 56.8030, 9.5180),  -- Vesthimmerlands (Aars)
    ('825', 57.2550, 11.0000),  -- Læsø (Byrum)
    ('840', 56.8860, 9.8380),  -- Rebild (Støvring)
    ('846', 56.6390, 9.7910),  -- Mariagerfjord (Hobro)
    ('849', 57.1620, 9.7300),  -- Jammerbugt (Aabybro)
    ('851', 57.0480, 9.9190),  -- Aalborg
    ('860', 57.4640, 9.9820);  -- Hjørring

-- Fails the migration if a kommune has no centroid.
DO $$ BEGIN IF (SELECT count(*) FROM reference.kommune_centroid) <> (SELECT count(*) FROM reference.kommune) THEN RAISE EXCEPTION 'every kommune needs a centroid'; END IF; END $$;
