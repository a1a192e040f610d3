-- Domestic-abuse and safeguarding checks: what a check contact was recorded for, the facts
-- Duty Desk records that have no nDelius contact (SARA seen, DASO referral), and each case's
-- stored evaluation (kept current by the app, see dachecks.CheckStore), so the case list can
-- show and filter on missed checks without evaluating every row.

-- The check a contact recorded in Duty Desk answers (a dachecks.CheckKind code: PDA, CSC, ...),
-- and for a police response (C515) the number of DA incidents in 12 months the police reported.
ALTER TABLE contact ADD COLUMN check_kind TEXT;
ALTER TABLE contact ADD COLUMN da_incidents INTEGER CHECK (da_incidents IS NULL OR da_incidents >= 0);
-- "Which cases have check contacts" is asked by the bulk loader; the case index already serves
-- per-case reads.

CREATE TABLE check_record (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    kind        TEXT NOT NULL CHECK (kind IN ('SARA', 'DASO')),
    done_date   TEXT NOT NULL,
    -- SARA: the partner risk level seen in OASys.
    level       TEXT CHECK (level IS NULL OR level IN ('LOW', 'MEDIUM', 'HIGH')),
    note        TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX check_record_by_case ON check_record (case_id, kind, done_date);

-- One row per applicable check per case, as evaluated on cases.checks_as_of.
CREATE TABLE case_check (
    case_id  INTEGER NOT NULL REFERENCES cases(id),
    kind     TEXT NOT NULL,
    state    TEXT NOT NULL,
    missed   TEXT NOT NULL,
    due_date TEXT,
    reason   TEXT NOT NULL,
    PRIMARY KEY (case_id, kind)
) WITHOUT ROWID;

-- The evaluation summary the lists use: number of missed checks, which kinds (one bit per
-- CheckKind, in order), the oldest missed due date, the date evaluated, and the first date on
-- which the evaluation could change with no new facts (it is redone on or after that day).
ALTER TABLE cases ADD COLUMN missed_checks INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN missed_kinds INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN checks_oldest_due TEXT;
ALTER TABLE cases ADD COLUMN checks_as_of TEXT;
ALTER TABLE cases ADD COLUMN checks_valid_until TEXT;

-- "Missed checks only" in the case list's default order, and the SPO's worklist: worst first
-- (RoSH, child protection, longest overdue).
CREATE INDEX cases_missed ON cases (unallocated, missed_checks, next_report_date) WHERE missed_checks > 0;
-- The worklist index also carries the counts and kinds, so its slices, positions and check-type
-- filters are answered from the index alone.
CREATE INDEX cases_worklist ON cases (unallocated, rosh_rank DESC, cp_flag DESC, checks_oldest_due, id,
    missed_kinds, missed_checks) WHERE missed_checks > 0;
-- Cases whose stored evaluation has run out.
CREATE INDEX cases_checks_due ON cases (checks_valid_until);

-- The timescales of the checks (dachecks.CheckRules): ASSUMPTIONS unless marked, per PDU.
INSERT OR IGNORE INTO setting (key, value) VALUES
    ('checks.induction_days_community', '5'),
    ('checks.induction_days_release', '1'),
    ('checks.response_days', '10'),
    ('checks.analysis_days', '5'),
    ('checks.retrigger_days', '5'),
    ('checks.recheck_months', '6'),
    ('checks.sentence_plan_days', '15'),
    ('checks.daso_days', '5'),
    ('checks.marac_incidents', '3'),
    ('checks.marac_days', '2'),
    ('checks.idva_days', '28'),
    ('checks.dvds_days', '5'),
    ('checks.review_days', '10'),
    ('checks.review_months', '6'),
    ('checks.phone_run', '3');
