-- Reception check-in and the duty queue. Nothing in nDelius models a person waiting at the
-- office, so this is Duty Desk's own record (domain.md section 5, "Reception check-in").

-- One arrival at the office, from check-in until the person is seen, leaves, or the check-in is
-- undone. Rows are never deleted: an undone check-in is kept as CANCELLED.
CREATE TABLE visit (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id),
    -- The office's local date of arrival, and the instant (ISO-8601, UTC).
    visit_date    TEXT NOT NULL,
    arrived_at    TEXT NOT NULL,
    -- Whether the person was due to report (next reporting date on or before the visit date);
    -- 0 is a walk-in (logged as COUP rather than COAP).
    expected      INTEGER NOT NULL CHECK (expected IN (0, 1)),
    checked_in_by TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('WAITING', 'WITH_OFFICER', 'SEEN', 'LEFT', 'CANCELLED')),
    -- The officer who has the person (while WITH_OFFICER) or saw them (SEEN).
    taken_by      TEXT,
    taken_at      TEXT,
    -- The contact that recorded the visit, once seen.
    contact_id    INTEGER REFERENCES contact(id),
    -- When and by whom the visit ended (seen, left without being seen, or undone).
    ended_at      TEXT,
    ended_by      TEXT,
    -- Bumped by every change, so a page can tell its copy is out of date.
    version       INTEGER NOT NULL DEFAULT 0,
    CHECK ((state = 'WITH_OFFICER') <= (taken_by IS NOT NULL)),
    CHECK ((state IN ('WAITING', 'WITH_OFFICER')) = (ended_at IS NULL))
);
-- At most one open visit per person: a second check-in of someone already waiting is refused
-- by the database itself, whichever process tries.
CREATE UNIQUE INDEX visit_open ON visit (case_id) WHERE state IN ('WAITING', 'WITH_OFFICER');
CREATE INDEX visit_by_day ON visit (visit_date, arrived_at);
CREATE INDEX visit_by_case ON visit (case_id, visit_date);

-- Every step of every visit: who did what, when.
CREATE TABLE visit_event (
    id       INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visit(id),
    at       TEXT NOT NULL,
    by_user  TEXT NOT NULL,
    action   TEXT NOT NULL CHECK (action IN ('CHECK_IN', 'TAKE', 'RELEASE', 'SEEN', 'LEFT', 'UNDO')),
    detail   TEXT
);
CREATE INDEX visit_event_by_visit ON visit_event (visit_id, id);

-- Reception finds people by date of birth as well as by surname and CRN.
CREATE INDEX cases_by_dob ON cases (unallocated, date_of_birth);

-- Which user changes are recorded, like every other write: who and when.
ALTER TABLE app_user ADD COLUMN updated_at TEXT;
ALTER TABLE app_user ADD COLUMN updated_by TEXT;

INSERT OR IGNORE INTO setting (key, value) VALUES
    -- ASSUMPTION (domain.md section 5): people with RoSH at or above this level, or with any of
    -- these markers (MAPPA, DA, CP), are routed to a probation officer. A PSO or PQiP taking one
    -- is warned first when queue.po_warning is on.
    ('queue.po_rosh', 'HIGH'),
    ('queue.po_markers', 'MAPPA,DA,CP'),
    ('queue.po_warning', 'on'),
    -- How often each session looks for changes made by others (ms).
    ('queue.poll_ms', '1000'),
    -- Reception's list of expected reporters: due today, or overdue by at most this many days.
    ('reception.overdue_days', '28');
