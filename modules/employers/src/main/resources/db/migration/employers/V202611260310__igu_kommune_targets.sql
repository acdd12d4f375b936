-- A ministry area's IGU target may be split over kommuner: "Forsvarsministeriet takes 5 IGU pupils placed by
-- Aalborg's jobcentre in 2018". Kept apart from employers.igu_target so that the area's own target stays one row
-- with a plain primary key; the kommune targets need not add up to it (they are agreed one by one).
CREATE TABLE employers.igu_kommune_target (
    ministry_area text    NOT NULL,
    year          integer NOT NULL,
    kommune_kode  char(3) NOT NULL REFERENCES reference.kommune (kode),
    target_pupils integer NOT NULL CHECK (target_pupils >= 0),
    set_by        text    NOT NULL,
    set_at        timestamptz NOT NULL,
    version       bigint  NOT NULL,
    PRIMARY KEY (ministry_area, year, kommune_kode)
);

-- Published for reporting, like report_igu_target.
CREATE VIEW employers.report_igu_kommune_target AS
SELECT ministry_area, year, kommune_kode, target_pupils
  FROM employers.igu_kommune_target;
