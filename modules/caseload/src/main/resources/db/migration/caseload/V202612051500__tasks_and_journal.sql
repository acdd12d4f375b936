-- Tasks: every legal or practical deadline of the kommune's work, with a due date and an owner (the assigned
-- caseworker, or the kommune's unassigned queue when owner is null). Opened and closed by the domain's events in the
-- transaction of the change itself, never by polling; TaskRules holds the rules.
CREATE TABLE caseload.task (
    id               uuid PRIMARY KEY,
    kommune_kode     char(3)     NOT NULL,
    type             text        NOT NULL CHECK (type IN ('FIRST_OFFER_TARGET', 'FIRST_OFFER_LATEST', 'KONTRAKT',
                                     'PROGRAMME_END', 'VITAS_REGISTRATION', 'BONUS_CLAIM', 'INFORMATION_ANSWERED',
                                     'MATCH_REQUEST')),
    -- what the task is about: a case, a handover, an IGU placement or a match request (at least one)
    case_id          uuid,
    handover_id      uuid,
    placement_id     uuid,
    match_request_id uuid,
    -- one open task per deadline: the type plus what it is about (a bonus milestone adds its kind)
    subject_key      text        NOT NULL,
    due_date         date        NOT NULL,
    owner            text,
    status           text        NOT NULL CHECK (status IN ('OPEN', 'SNOOZED', 'DONE', 'CANCELLED')),
    snoozed_until    date,
    snooze_reason    text,
    opened_at        timestamptz NOT NULL,
    closed_at        timestamptz,
    closed_by        text,
    version          bigint      NOT NULL DEFAULT 0,
    CHECK (coalesce(case_id, handover_id, placement_id, match_request_id) IS NOT NULL),
    CHECK ((status = 'SNOOZED') = (snoozed_until IS NOT NULL AND snooze_reason IS NOT NULL)),
    CHECK ((status IN ('DONE', 'CANCELLED')) = (closed_at IS NOT NULL))
);

CREATE UNIQUE INDEX task_one_open_per_deadline_uq ON caseload.task (type, subject_key)
    WHERE status IN ('OPEN', 'SNOOZED');
CREATE INDEX task_kommune_due_idx ON caseload.task (kommune_kode, due_date, id) WHERE status IN ('OPEN', 'SNOOZED');
CREATE INDEX task_case_idx ON caseload.task (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX task_placement_idx ON caseload.task (placement_id) WHERE placement_id IS NOT NULL;
CREATE INDEX task_match_request_idx ON caseload.task (match_request_id) WHERE match_request_id IS NOT NULL;
CREATE INDEX task_handover_idx ON caseload.task (handover_id) WHERE handover_id IS NOT NULL;

-- The deadlines of the active cases that exist before this upgrade, from their stored dates (the entity keeps them
-- in step with the takeover date), so the task list is complete from the first day.
INSERT INTO caseload.task (id, kommune_kode, type, case_id, handover_id, subject_key, due_date, owner, status,
                           opened_at)
SELECT gen_random_uuid(), c.kommune_kode, d.type, c.id, c.handover_id, c.id::text, d.due, c.assigned_to, 'OPEN',
       now()
  FROM caseload.case_file c
  CROSS JOIN LATERAL (VALUES ('FIRST_OFFER_TARGET', c.first_offer_target_date, c.first_offer_date IS NULL),
                             ('FIRST_OFFER_LATEST', c.first_offer_latest_date, c.first_offer_date IS NULL),
                             ('KONTRAKT', c.contract_due_date, c.contract_signed_date IS NULL),
                             ('PROGRAMME_END', c.programme_planned_end, true)) AS d (type, due, pending)
 WHERE c.status = 'ACTIVE' AND d.pending;

-- The case journal: caseworkers' notes and, written by the same transaction as each change, the case's history.
-- Rows are never updated: a correction is a new note that names the one it corrects.
CREATE TABLE caseload.journal_entry (
    seq        bigserial PRIMARY KEY,
    id         uuid        NOT NULL UNIQUE,
    case_id    uuid        NOT NULL REFERENCES caseload.case_file (id) ON DELETE CASCADE,
    kind       text        NOT NULL CHECK (kind IN ('NOTE', 'CHANGE')),
    category   text        CHECK (category IN ('MEETING', 'PHONE', 'LETTER', 'DECISION', 'OTHER')),
    event      text,
    text       text        NOT NULL,
    corrects   uuid        REFERENCES caseload.journal_entry (id),
    author     text        NOT NULL,
    at         timestamptz NOT NULL,
    CHECK ((kind = 'NOTE') = (category IS NOT NULL)),
    CHECK ((kind = 'CHANGE') = (event IS NOT NULL)),
    CHECK (kind = 'NOTE' OR corrects IS NULL)
);

CREATE INDEX journal_entry_case_idx ON caseload.journal_entry (case_id, seq DESC);
