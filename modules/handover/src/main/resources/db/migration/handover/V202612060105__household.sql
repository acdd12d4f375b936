-- The household: handovers of family members handed over together share a household id, whichever of them was sent
-- first (the later ones name the earlier in familyHandovers; the link holds both ways). Null for a person handed over
-- alone. A child (under 18 at takeover) is taken over as a dependant on an adult household member's case.
ALTER TABLE handover.handover
    ADD COLUMN household_id uuid,
    ADD COLUMN dependant boolean NOT NULL DEFAULT false;
CREATE INDEX handover_household_idx ON handover.handover (household_id) WHERE household_id IS NOT NULL;

-- The households of handovers sent before (read from the content while it is still clear text: this runs before
-- V202612060111 encrypts it): each one that names family handovers joins their household. One household
-- per connected group, named by its earliest-sent member's id.
WITH RECURSIVE link (a, b) AS (
    SELECT h.id, f.value::uuid
      FROM handover.handover h
      CROSS JOIN LATERAL json_array_elements_text(
          CASE WHEN json_typeof(h.content::json -> 'familyHandovers') = 'array'
               THEN h.content::json -> 'familyHandovers' ELSE '[]'::json END) AS f (value)
), edge (a, b) AS (
    SELECT a, b FROM link UNION SELECT b, a FROM link
), reach (start, member) AS (
    SELECT a, a FROM edge
    UNION
    SELECT r.start, e.b FROM reach r JOIN edge e ON e.a = r.member
), root AS (
    SELECT r.start AS id,
           (SELECT m.id FROM reach r2 JOIN handover.handover m ON m.id = r2.member
             WHERE r2.start = r.start ORDER BY m.sent_at, m.id LIMIT 1) AS household
      FROM reach r GROUP BY r.start
)
UPDATE handover.handover h SET household_id = root.household FROM root WHERE h.id = root.id;
