-- Core schema: cases (people on probation and their current order), registrations, contacts,
-- reference code lists, staff and users. Dates are ISO-8601 text: 'YYYY-MM-DD'; times 'HH:MM';
-- instants 'YYYY-MM-DDTHH:MM:SSZ' (UTC). Shipped migrations are never edited: add a new file.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE pdu (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE team (
    code     TEXT PRIMARY KEY,
    pdu_code TEXT NOT NULL REFERENCES pdu(code),
    name     TEXT NOT NULL
);

-- Staff records as in the case-management system. Offender-manager placeholder codes that end in
-- 'U' mean "unallocated"; codes ending in 'IAVU' mean "inactive".
CREATE TABLE staff (
    code      TEXT PRIMARY KEY CHECK (length(code) = 7),
    forename  TEXT NOT NULL,
    surname   TEXT NOT NULL,
    grade     TEXT CHECK (grade IN ('PO', 'PSO', 'PQIP', 'SPO', 'ADMIN')),
    team_code TEXT REFERENCES team(code)
);

-- People who use Duty Desk, keyed by their operating-system login.
CREATE TABLE app_user (
    os_user    TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    staff_code TEXT REFERENCES staff(code),
    grade      TEXT CHECK (grade IN ('PO', 'PSO', 'PQIP', 'SPO', 'ADMIN')),
    role       TEXT NOT NULL CHECK (role IN ('RECEPTION', 'DUTY_OFFICER', 'SPO')),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE register_type (
    code        TEXT PRIMARY KEY,
    description TEXT NOT NULL,
    -- Which list marker the register drives: DA, CHILD, MAPPA, ROSH or OTHER.
    kind        TEXT NOT NULL CHECK (kind IN ('DA', 'CHILD', 'MAPPA', 'ROSH', 'OTHER'))
);

CREATE TABLE contact_type (
    code              TEXT PRIMARY KEY,
    description       TEXT NOT NULL,
    category          TEXT NOT NULL,
    appointment       INTEGER NOT NULL DEFAULT 0 CHECK (appointment IN (0, 1)),
    national_standard INTEGER NOT NULL DEFAULT 0 CHECK (national_standard IN (0, 1)),
    location_required INTEGER NOT NULL DEFAULT 0 CHECK (location_required IN (0, 1))
);

-- Outcome flags as nDelius stores them on r_contact_outcome_type. NULL means "not applicable"
-- or "decision pending".
CREATE TABLE contact_outcome (
    code                 TEXT PRIMARY KEY,
    description          TEXT NOT NULL,
    attended             INTEGER CHECK (attended IN (0, 1)),
    compliant_acceptable INTEGER CHECK (compliant_acceptable IN (0, 1)),
    enforceable          INTEGER NOT NULL DEFAULT 0 CHECK (enforceable IN (0, 1)),
    action_required      INTEGER NOT NULL DEFAULT 0 CHECK (action_required IN (0, 1)),
    counts_as_ftc        INTEGER NOT NULL DEFAULT 0 CHECK (counts_as_ftc IN (0, 1)),
    -- May be recorded against a future-dated appointment (acceptable absence or reschedule).
    allowed_in_future    INTEGER NOT NULL DEFAULT 0 CHECK (allowed_in_future IN (0, 1))
);

-- Which outcomes may be recorded for which contact type.
CREATE TABLE contact_type_outcome (
    type_code    TEXT NOT NULL REFERENCES contact_type(code),
    outcome_code TEXT NOT NULL REFERENCES contact_outcome(code),
    PRIMARY KEY (type_code, outcome_code)
) WITHOUT ROWID;

CREATE TABLE enforcement_action (
    code        TEXT PRIMARY KEY,
    description TEXT NOT NULL
);

-- One row per person on probation (their current supervision).
CREATE TABLE cases (
    id                  INTEGER PRIMARY KEY,
    crn                 TEXT NOT NULL UNIQUE CHECK (crn GLOB '[A-Z][0-9][0-9][0-9][0-9][0-9][0-9]'),
    pnc                 TEXT CHECK (pnc IS NULL OR pnc GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9][0-9][0-9][0-9][0-9][0-9][A-Z]'),
    forename            TEXT NOT NULL,
    surname             TEXT NOT NULL,
    -- Accent-, case- and punctuation-folded copies for searching and sorting (written by the app).
    surname_key         TEXT NOT NULL,
    forename_key        TEXT NOT NULL,
    date_of_birth       TEXT NOT NULL,
    pdu_code            TEXT NOT NULL REFERENCES pdu(code),
    team_code           TEXT NOT NULL REFERENCES team(code),
    om_staff_code       TEXT NOT NULL CHECK (length(om_staff_code) = 7),
    -- Stored copies of two derived values, so the list indexes can contain them (SQLite does not
    -- answer queries from an index holding a generated column); the CHECKs keep them exact.
    unallocated         INTEGER NOT NULL CHECK (unallocated =
                            (substr(om_staff_code, -1) = 'U' AND substr(om_staff_code, -4) <> 'IAVU')),
    tier                TEXT,
    rosh                TEXT CHECK (rosh IN ('LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
    rosh_rank           INTEGER NOT NULL CHECK (rosh_rank = CASE rosh WHEN 'VERY_HIGH' THEN 4 WHEN 'HIGH' THEN 3
                            WHEN 'MEDIUM' THEN 2 WHEN 'LOW' THEN 1 ELSE 0 END),
    case_type           TEXT NOT NULL CHECK (case_type IN ('COMMUNITY', 'LICENSE', 'CUSTODY')),
    order_description   TEXT NOT NULL,
    sentence_date       TEXT NOT NULL,
    release_date        TEXT,
    order_end_date      TEXT,
    reporting_frequency TEXT NOT NULL CHECK (reporting_frequency IN ('NONE', 'DAY', 'WEEK', 'FORTNIGHT', 'FOUR_WEEKS')),
    next_report_date    TEXT NOT NULL,
    -- Derived from registrations and contacts; kept current by the app (see CaseRepository.refreshDerived).
    da_flag             INTEGER NOT NULL DEFAULT 0 CHECK (da_flag IN (0, 1)),
    cp_flag             INTEGER NOT NULL DEFAULT 0 CHECK (cp_flag IN (0, 1)),
    mappa_level         INTEGER NOT NULL DEFAULT 0 CHECK (mappa_level BETWEEN 0 AND 3),
    last_seen_date      TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL
);

-- List orders. Each index starts with the unallocated flag so that every list query is
-- index-driven, and ends with the columns of the default order, so a text filter shown in
-- reporting-date order is answered from the index alone. Partial indexes serve the marker
-- filters. The plans are asserted in CaseRepositoryTest.
CREATE INDEX cases_by_next_report ON cases (unallocated, next_report_date);
CREATE INDEX cases_by_name        ON cases (unallocated, surname_key, forename_key, next_report_date);
CREATE INDEX cases_by_crn         ON cases (unallocated, crn, next_report_date);
CREATE INDEX cases_by_rosh        ON cases (unallocated, rosh_rank DESC, next_report_date);
CREATE INDEX cases_by_last_seen   ON cases (unallocated, coalesce(last_seen_date, ''));
CREATE INDEX cases_da             ON cases (unallocated, da_flag, next_report_date) WHERE da_flag = 1;
CREATE INDEX cases_child          ON cases (unallocated, cp_flag, next_report_date) WHERE cp_flag = 1;
CREATE INDEX cases_mappa          ON cases (unallocated, mappa_level, next_report_date) WHERE mappa_level > 0;
CREATE INDEX cases_high_rosh      ON cases (unallocated, rosh_rank, next_report_date) WHERE rosh_rank >= 3;

CREATE TABLE registration (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES cases(id),
    type_code         TEXT NOT NULL REFERENCES register_type(code),
    level             TEXT,
    category          TEXT,
    registered_date   TEXT NOT NULL,
    next_review_date  TEXT,
    deregistered_date TEXT,
    notes             TEXT
);
CREATE INDEX registration_by_case ON registration (case_id, type_code);

CREATE TABLE contact (
    id                      INTEGER PRIMARY KEY,
    case_id                 INTEGER NOT NULL REFERENCES cases(id),
    event_number            INTEGER,
    type_code               TEXT NOT NULL REFERENCES contact_type(code),
    contact_date            TEXT NOT NULL,
    start_time              TEXT,
    location                TEXT,
    staff_code              TEXT,
    team_code               TEXT,
    description             TEXT,
    notes                   TEXT,
    outcome_code            TEXT REFERENCES contact_outcome(code),
    sensitive               INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
    alert                   INTEGER NOT NULL DEFAULT 0 CHECK (alert IN (0, 1)),
    enforcement_code        TEXT REFERENCES enforcement_action(code),
    enforcement_response_by TEXT,
    external_ref            TEXT,
    -- 'DESK' = recorded in Duty Desk; 'IMPORT' = came in with a case-management extract.
    source                  TEXT NOT NULL DEFAULT 'DESK' CHECK (source IN ('DESK', 'IMPORT')),
    created_by              TEXT NOT NULL,
    created_at              TEXT NOT NULL
);
CREATE INDEX contact_by_case ON contact (case_id, contact_date, start_time);
