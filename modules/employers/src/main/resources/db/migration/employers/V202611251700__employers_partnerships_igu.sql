-- Companies: one row per CVR number nationally; every kommune's consultants find the same company.
CREATE TABLE employers.employer (
    id                    uuid PRIMARY KEY,
    cvr                   char(8)     NOT NULL,
    name                  text        NOT NULL,
    sector                text        NOT NULL CHECK (sector IN ('PRIVATE', 'MUNICIPAL', 'STATE')),
    employing_kommune     char(3)     REFERENCES reference.kommune (kode),
    ministry_area         text,
    location_kommune      char(3)     NOT NULL REFERENCES reference.kommune (kode),
    industry_code         text,
    industry              text,
    contact_name          text,
    contact_email         text,
    contact_phone         text,
    registered_by_kommune char(3)     NOT NULL REFERENCES reference.kommune (kode),
    registered_by         text        NOT NULL,
    registered_at         timestamptz NOT NULL,
    version               bigint      NOT NULL,
    CHECK ((sector = 'MUNICIPAL') = (employing_kommune IS NOT NULL)),
    CHECK ((sector = 'STATE') = (ministry_area IS NOT NULL))
);
CREATE UNIQUE INDEX employer_cvr_uq ON employers.employer (cvr);
-- Name search by prefix of a lower-cased name.
CREATE INDEX employer_name_idx ON employers.employer (lower(name) text_pattern_ops);
CREATE INDEX employer_ministry_idx ON employers.employer (ministry_area) WHERE sector = 'STATE';

-- A kommune's own notes on a company; never shown to another kommune.
CREATE TABLE employers.employer_note (
    id          uuid PRIMARY KEY,
    employer_id uuid        NOT NULL REFERENCES employers.employer (id),
    kommune_kode char(3)    NOT NULL REFERENCES reference.kommune (kode),
    text        text        NOT NULL,
    written_by  text        NOT NULL,
    written_at  timestamptz NOT NULL
);
CREATE INDEX employer_note_idx ON employers.employer_note (employer_id, kommune_kode, written_at DESC);

-- Partnership agreements between a kommune and a company.
CREATE TABLE employers.partnership (
    id                  uuid PRIMARY KEY,
    kommune_kode        char(3) NOT NULL REFERENCES reference.kommune (kode),
    employer_id         uuid    NOT NULL REFERENCES employers.employer (id),
    signed_date         date    NOT NULL,
    praktik_places      integer NOT NULL CHECK (praktik_places >= 0),
    loentilskud_places  integer NOT NULL CHECK (loentilskud_places >= 0),
    igu_places          integer NOT NULL CHECK (igu_places >= 0),
    status              text    NOT NULL CHECK (status IN ('ACTIVE', 'ENDED')),
    end_date            date,
    end_reason          text,
    signed_by           text    NOT NULL,
    version             bigint  NOT NULL
);
-- One agreement in force per kommune and company.
CREATE UNIQUE INDEX partnership_active_uq ON employers.partnership (kommune_kode, employer_id) WHERE status = 'ACTIVE';
CREATE INDEX partnership_kommune_idx ON employers.partnership (kommune_kode, signed_date DESC);

CREATE TABLE employers.partnership_occupation (
    partnership_id  uuid NOT NULL REFERENCES employers.partnership (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    occupation_code text NOT NULL,
    PRIMARY KEY (partnership_id, position)
);

-- IGU placements: the person is referred to by case id only (caseload owns the person).
CREATE TABLE employers.igu_placement (
    id                     uuid PRIMARY KEY,
    kommune_kode           char(3)      NOT NULL REFERENCES reference.kommune (kode),
    case_id                uuid         NOT NULL,
    offer_id               uuid,
    employer_id            uuid         NOT NULL REFERENCES employers.employer (id),
    start_date             date         NOT NULL,
    planned_end_date       date         NOT NULL,
    school_weeks           integer      NOT NULL,
    planned_hours_per_week numeric(4,1) NOT NULL,
    pay_basis              text         NOT NULL CHECK (pay_basis IN ('EGU', 'ELEV')),
    signed_date            date         NOT NULL,
    vitas_due_date         date         NOT NULL,
    vitas_registered_date  date,
    last_ordinary_job_end  date,
    status                 text         NOT NULL CHECK (status IN ('ACTIVE', 'TERMINATED', 'COMPLETED')),
    end_date               date         NOT NULL,
    end_reason             text,
    end_note               text,
    registered_by          text         NOT NULL,
    registered_at          timestamptz  NOT NULL,
    version                bigint       NOT NULL
);
-- A person completes only one IGU: at most one placement per case that is running or completed.
CREATE UNIQUE INDEX igu_placement_case_uq ON employers.igu_placement (case_id) WHERE status <> 'TERMINATED';
CREATE INDEX igu_placement_kommune_idx ON employers.igu_placement (kommune_kode, start_date DESC);
-- Targets: placements running at a date, by employer.
CREATE INDEX igu_placement_period_idx ON employers.igu_placement (employer_id, start_date, end_date);

CREATE TABLE employers.igu_bonus_milestone (
    placement_id uuid    NOT NULL REFERENCES employers.igu_placement (id) ON DELETE CASCADE,
    kind         text    NOT NULL CHECK (kind IN ('SIX_MONTHS', 'COMPLETION')),
    amount_kr    integer NOT NULL,
    due_date     date    NOT NULL,
    status       text    NOT NULL CHECK (status IN ('PENDING', 'DUE', 'CLAIMED', 'PAID', 'FORFEITED')),
    claimed_date date,
    paid_date    date,
    PRIMARY KEY (placement_id, kind)
);

-- The ministries' IGU targets per ministry area and year.
CREATE TABLE employers.igu_target (
    ministry_area text    NOT NULL,
    year          integer NOT NULL,
    target_pupils integer NOT NULL CHECK (target_pupils >= 0),
    set_by        text    NOT NULL,
    set_at        timestamptz NOT NULL,
    version       bigint  NOT NULL,
    PRIMARY KEY (ministry_area, year)
);
