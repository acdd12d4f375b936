-- Companies' demand for people, registered by a kommune's consultant.
CREATE TABLE employers.vacancy (
    id                     uuid PRIMARY KEY,
    kommune_kode           char(3)      NOT NULL REFERENCES reference.kommune (kode),
    employer_id            uuid         NOT NULL REFERENCES employers.employer (id),
    title                  text         NOT NULL,
    occupation_code        text         NOT NULL,
    persons                integer      NOT NULL CHECK (persons > 0),
    hours_per_week         numeric(4,1) NOT NULL,
    start_date             date         NOT NULL,
    location_kommune       char(3)      NOT NULL REFERENCES reference.kommune (kode),
    offer_type             text         NOT NULL CHECK (offer_type IN ('IGU', 'LOENTILSKUD', 'VIRKSOMHEDSPRAKTIK',
                                                                      'ORDINARY_JOB')),
    open_to_other_kommuner boolean      NOT NULL,
    max_commute_km         integer,
    status                 text         NOT NULL CHECK (status IN ('OPEN', 'FILLED', 'CLOSED')),
    registered_by          text         NOT NULL,
    registered_at          timestamptz  NOT NULL,
    version                bigint       NOT NULL
);
CREATE INDEX vacancy_kommune_idx ON employers.vacancy (kommune_kode, start_date);
-- Other kommuner look up open vacancies that welcome them.
CREATE INDEX vacancy_open_idx ON employers.vacancy (location_kommune) WHERE status = 'OPEN' AND open_to_other_kommuner;
CREATE INDEX vacancy_occupation_idx ON employers.vacancy (occupation_code) WHERE status = 'OPEN';

CREATE TABLE employers.vacancy_language (
    vacancy_id uuid    NOT NULL REFERENCES employers.vacancy (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    language   text    NOT NULL,
    level      text    NOT NULL,
    PRIMARY KEY (vacancy_id, position)
);

CREATE TABLE employers.vacancy_skill (
    vacancy_id uuid    NOT NULL REFERENCES employers.vacancy (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    skill      text    NOT NULL,
    PRIMARY KEY (vacancy_id, position)
);
