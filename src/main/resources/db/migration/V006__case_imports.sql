-- dutydesk: foreign_keys=off
-- Importing the unallocated caseload from case-management extracts (dutydesk import).
--
-- Each import is recorded: when, by whom, which files, and what it did. A case carries the last
-- import whose extract listed it; a case that a later full extract no longer lists is marked as
-- having left the extract (never deleted: its contacts, checks and drafts stay), and is then no
-- longer on the unallocated lists. The list queries all filter on `unallocated`, and every list
-- index starts with it, so that flag now also says "still in the extract": the CHECK that keeps
-- it exact gains that condition. SQLite cannot change a CHECK in place, so `cases` is rebuilt:
-- copied into a new table with the same columns plus two, renamed, and its indexes made again.
-- The migrator runs this script with foreign-key enforcement off (the first line asks for that)
-- and checks every foreign key before it commits.

CREATE TABLE import_run (
    id           INTEGER PRIMARY KEY,
    imported_at  TEXT NOT NULL,
    imported_by  TEXT NOT NULL,
    -- The files, as given on the command line.
    files        TEXT NOT NULL,
    -- 1: the cases file was the whole extract (cases it no longer lists have left); 0: --partial.
    full_extract INTEGER NOT NULL CHECK (full_extract IN (0, 1)),
    -- What it did, in words (counts of new, changed and left cases, registrations, contacts).
    summary      TEXT NOT NULL
);

CREATE TABLE cases_v6 (
    id                  INTEGER PRIMARY KEY,
    crn                 TEXT NOT NULL UNIQUE CHECK (crn GLOB '[A-Z][0-9][0-9][0-9][0-9][0-9][0-9]'),
    pnc                 TEXT CHECK (pnc IS NULL OR pnc GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9][0-9][0-9][0-9][0-9][0-9][A-Z]'),
    forename            TEXT NOT NULL,
    surname             TEXT NOT NULL,
    surname_key         TEXT NOT NULL,
    forename_key        TEXT NOT NULL,
    date_of_birth       TEXT NOT NULL,
    pdu_code            TEXT NOT NULL REFERENCES pdu(code),
    team_code           TEXT NOT NULL REFERENCES team(code),
    om_staff_code       TEXT NOT NULL CHECK (length(om_staff_code) = 7),
    -- On the unallocated lists: a placeholder offender manager, and still in the extract.
    unallocated         INTEGER NOT NULL CHECK (unallocated =
                            (substr(om_staff_code, -1) = 'U' AND substr(om_staff_code, -4) <> 'IAVU'
                             AND left_extract_at IS NULL)),
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
    da_flag             INTEGER NOT NULL DEFAULT 0 CHECK (da_flag IN (0, 1)),
    cp_flag             INTEGER NOT NULL DEFAULT 0 CHECK (cp_flag IN (0, 1)),
    mappa_level         INTEGER NOT NULL DEFAULT 0 CHECK (mappa_level BETWEEN 0 AND 3),
    last_seen_date      TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    missed_checks       INTEGER NOT NULL DEFAULT 0,
    missed_kinds        INTEGER NOT NULL DEFAULT 0,
    checks_oldest_due   TEXT,
    checks_as_of        TEXT,
    checks_valid_until  TEXT,
    -- The last import whose extract listed the case (NULL: never imported, e.g. the demo).
    extract_run         INTEGER REFERENCES import_run(id),
    -- When a full extract first no longer listed it (UTC instant); NULL while it is listed.
    left_extract_at     TEXT
);

INSERT INTO cases_v6 (id, crn, pnc, forename, surname, surname_key, forename_key, date_of_birth, pdu_code,
        team_code, om_staff_code, unallocated, tier, rosh, rosh_rank, case_type, order_description, sentence_date,
        release_date, order_end_date, reporting_frequency, next_report_date, da_flag, cp_flag, mappa_level,
        last_seen_date, created_at, updated_at, updated_by, missed_checks, missed_kinds, checks_oldest_due,
        checks_as_of, checks_valid_until)
    SELECT id, crn, pnc, forename, surname, surname_key, forename_key, date_of_birth, pdu_code,
        team_code, om_staff_code, unallocated, tier, rosh, rosh_rank, case_type, order_description, sentence_date,
        release_date, order_end_date, reporting_frequency, next_report_date, da_flag, cp_flag, mappa_level,
        last_seen_date, created_at, updated_at, updated_by, missed_checks, missed_kinds, checks_oldest_due,
        checks_as_of, checks_valid_until
    FROM cases;

DROP TABLE cases;
ALTER TABLE cases_v6 RENAME TO cases;

-- The indexes of V001, V004 and V005, exactly as they were.
CREATE INDEX cases_by_next_report ON cases (unallocated, next_report_date);
CREATE INDEX cases_by_name        ON cases (unallocated, surname_key, forename_key, next_report_date);
CREATE INDEX cases_by_crn         ON cases (unallocated, crn, next_report_date);
CREATE INDEX cases_by_rosh        ON cases (unallocated, rosh_rank DESC, next_report_date);
CREATE INDEX cases_by_last_seen   ON cases (unallocated, coalesce(last_seen_date, ''));
CREATE INDEX cases_da             ON cases (unallocated, da_flag, next_report_date) WHERE da_flag = 1;
CREATE INDEX cases_child          ON cases (unallocated, cp_flag, next_report_date) WHERE cp_flag = 1;
CREATE INDEX cases_mappa          ON cases (unallocated, mappa_level, next_report_date) WHERE mappa_level > 0;
CREATE INDEX cases_high_rosh      ON cases (unallocated, rosh_rank, next_report_date) WHERE rosh_rank >= 3;
CREATE INDEX cases_missed ON cases (unallocated, missed_checks, next_report_date) WHERE missed_checks > 0;
CREATE INDEX cases_worklist ON cases (unallocated, rosh_rank DESC, cp_flag DESC, checks_oldest_due, id,
    missed_kinds, missed_checks) WHERE missed_checks > 0;
CREATE INDEX cases_checks_due ON cases (checks_valid_until);
CREATE INDEX cases_by_dob ON cases (unallocated, date_of_birth);
