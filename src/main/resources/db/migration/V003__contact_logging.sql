-- Logging contacts at the desk: corrections kept as versions, change-of-circumstance answers,
-- drafts that survive a dropped session, the enforcement actions each outcome offers, referrals
-- to the SPO, and the working-day calendar.

-- A contact's current version lives in `contact`; a correction copies the version it replaces
-- into `contact_version` first, so nothing is ever silently overwritten.
ALTER TABLE contact ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
-- The next reporting date set at this contact (the case keeps the current one).
ALTER TABLE contact ADD COLUMN next_report_date TEXT;
ALTER TABLE contact ADD COLUMN updated_by TEXT;
ALTER TABLE contact ADD COLUMN updated_at TEXT;

CREATE TABLE contact_version (
    contact_id              INTEGER NOT NULL REFERENCES contact(id),
    version                 INTEGER NOT NULL,
    type_code               TEXT NOT NULL,
    contact_date            TEXT NOT NULL,
    start_time              TEXT,
    location                TEXT,
    staff_code              TEXT,
    notes                   TEXT,
    outcome_code            TEXT,
    sensitive               INTEGER NOT NULL,
    alert                   INTEGER NOT NULL,
    enforcement_code        TEXT,
    enforcement_response_by TEXT,
    next_report_date        TEXT,
    -- Who wrote this version and when.
    recorded_by             TEXT NOT NULL,
    recorded_at             TEXT NOT NULL,
    -- Who replaced it, when, and why.
    superseded_by           TEXT NOT NULL,
    superseded_at           TEXT NOT NULL,
    reason                  TEXT NOT NULL,
    PRIMARY KEY (contact_id, version)
) WITHOUT ROWID;

-- Change-of-circumstance answers given at a reporting contact, per contact version.
CREATE TABLE contact_circumstance (
    contact_id INTEGER NOT NULL REFERENCES contact(id),
    version    INTEGER NOT NULL,
    question   TEXT NOT NULL CHECK (question IN
                   ('RELATIONSHIP', 'ADDRESS', 'EMPLOYMENT', 'POLICE', 'CHILDREN', 'HEALTH')),
    changed    INTEGER NOT NULL CHECK (changed IN (0, 1)),
    detail     TEXT,
    PRIMARY KEY (contact_id, version, question)
) WITHOUT ROWID;
-- "Which cases reported a new relationship / address / police contact / children, and when".
CREATE INDEX contact_circumstance_changes ON contact_circumstance (question, contact_id) WHERE changed = 1;

-- A form being filled in, kept as it is typed. One per user, case and target
-- (contact_id 0 = a new contact; otherwise the contact being corrected).
CREATE TABLE contact_draft (
    os_user    TEXT NOT NULL,
    case_id    INTEGER NOT NULL REFERENCES cases(id),
    contact_id INTEGER NOT NULL DEFAULT 0,
    body       TEXT NOT NULL,
    started_at TEXT NOT NULL,
    saved_at   TEXT NOT NULL,
    PRIMARY KEY (os_user, case_id, contact_id)
) WITHOUT ROWID;

-- What an enforcement action means for the compliance rules.
ALTER TABLE enforcement_action ADD COLUMN kind TEXT NOT NULL DEFAULT 'OTHER'
    CHECK (kind IN ('WARNING', 'BREACH', 'REFER', 'PENDING', 'WITHDRAW', 'OTHER'));
UPDATE enforcement_action SET kind = 'WARNING' WHERE code IN ('EA02', 'EA03', 'LCL');
UPDATE enforcement_action SET kind = 'BREACH' WHERE code IN ('IBR', 'BRE', 'IMB', 'EA08', 'EA09', 'EA10', 'EA11');
UPDATE enforcement_action SET kind = 'REFER' WHERE code = 'ROM';
UPDATE enforcement_action SET kind = 'PENDING' WHERE code IN ('EA12', 'C173');
UPDATE enforcement_action SET kind = 'WITHDRAW' WHERE code IN ('EA06', 'EA07');

-- The enforcement actions offered for each enforceable outcome, in the order they are listed.
-- Failed to attend: a decision is pending or the case goes to its manager. A failure to comply
-- (or being sent home for behaviour) offers the full list.
CREATE TABLE outcome_enforcement (
    outcome_code TEXT NOT NULL REFERENCES contact_outcome(code),
    action_code  TEXT NOT NULL REFERENCES enforcement_action(code),
    position     INTEGER NOT NULL,
    PRIMARY KEY (outcome_code, action_code)
) WITHOUT ROWID;
INSERT INTO outcome_enforcement (outcome_code, action_code, position) VALUES
    ('AFTA', 'EA12', 1),
    ('AFTA', 'ROM', 2);
INSERT INTO outcome_enforcement (outcome_code, action_code, position)
SELECT o.code, a.code, a.position
  FROM (SELECT 'AFTC' AS code UNION ALL SELECT 'UAAB' UNION ALL SELECT 'ATSH') o,
       (SELECT 'EA02' AS code, 1 AS position UNION ALL SELECT 'EA03', 2 UNION ALL SELECT 'LCL', 3
        UNION ALL SELECT 'IBR', 4 UNION ALL SELECT 'EA08', 5 UNION ALL SELECT 'BRE', 6
        UNION ALL SELECT 'EA11', 7 UNION ALL SELECT 'IMB', 8 UNION ALL SELECT 'ROM', 9
        UNION ALL SELECT 'EA12', 10 UNION ALL SELECT 'C173', 11 UNION ALL SELECT 'WLS', 12
        UNION ALL SELECT 'EA05', 13 UNION ALL SELECT 'EA09', 14 UNION ALL SELECT 'EA10', 15
        UNION ALL SELECT 'NFA', 16) a;

-- Things the senior probation officer must look at: a referral an offender manager would have
-- had (the case has none), or an alert raised with a contact.
CREATE TABLE spo_referral (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id),
    contact_id INTEGER REFERENCES contact(id),
    kind       TEXT NOT NULL CHECK (kind IN ('ENFORCEMENT', 'ALERT')),
    reason     TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    closed_by  TEXT,
    closed_at  TEXT
);
CREATE INDEX spo_referral_open ON spo_referral (case_id) WHERE closed_at IS NULL;

-- Days that are not working days besides weekends (England and Wales bank holidays as
-- published on gov.uk). Later years are added with further rows.
CREATE TABLE bank_holiday (
    holiday_date TEXT PRIMARY KEY,
    name         TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO bank_holiday (holiday_date, name) VALUES
    ('2020-01-01', 'New Year''s Day'),
    ('2020-04-10', 'Good Friday'),
    ('2020-04-13', 'Easter Monday'),
    ('2020-05-08', 'Early May bank holiday (VE day)'),
    ('2020-05-25', 'Spring bank holiday'),
    ('2020-08-31', 'Summer bank holiday'),
    ('2020-12-25', 'Christmas Day'),
    ('2020-12-28', 'Boxing Day (substitute day)'),
    ('2021-01-01', 'New Year''s Day'),
    ('2021-04-02', 'Good Friday'),
    ('2021-04-05', 'Easter Monday'),
    ('2021-05-03', 'Early May bank holiday'),
    ('2021-05-31', 'Spring bank holiday'),
    ('2021-08-30', 'Summer bank holiday'),
    ('2021-12-27', 'Christmas Day (substitute day)'),
    ('2021-12-28', 'Boxing Day (substitute day)'),
    ('2022-01-03', 'New Year''s Day (substitute day)'),
    ('2022-04-15', 'Good Friday'),
    ('2022-04-18', 'Easter Monday'),
    ('2022-05-02', 'Early May bank holiday'),
    ('2022-06-02', 'Spring bank holiday'),
    ('2022-06-03', 'Platinum Jubilee bank holiday'),
    ('2022-08-29', 'Summer bank holiday'),
    ('2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'),
    ('2022-12-26', 'Boxing Day'),
    ('2022-12-27', 'Christmas Day (substitute day)'),
    ('2023-01-02', 'New Year''s Day (substitute day)'),
    ('2023-04-07', 'Good Friday'),
    ('2023-04-10', 'Easter Monday'),
    ('2023-05-01', 'Early May bank holiday'),
    ('2023-05-08', 'Bank holiday for the coronation of King Charles III'),
    ('2023-05-29', 'Spring bank holiday'),
    ('2023-08-28', 'Summer bank holiday'),
    ('2023-12-25', 'Christmas Day'),
    ('2023-12-26', 'Boxing Day'),
    ('2024-01-01', 'New Year''s Day'),
    ('2024-03-29', 'Good Friday'),
    ('2024-04-01', 'Easter Monday'),
    ('2024-05-06', 'Early May bank holiday'),
    ('2024-05-27', 'Spring bank holiday'),
    ('2024-08-26', 'Summer bank holiday'),
    ('2024-12-25', 'Christmas Day'),
    ('2024-12-26', 'Boxing Day'),
    ('2025-01-01', 'New Year''s Day'),
    ('2025-04-18', 'Good Friday'),
    ('2025-04-21', 'Easter Monday'),
    ('2025-05-05', 'Early May bank holiday'),
    ('2025-05-26', 'Spring bank holiday'),
    ('2025-08-25', 'Summer bank holiday'),
    ('2025-12-25', 'Christmas Day'),
    ('2025-12-26', 'Boxing Day'),
    ('2026-01-01', 'New Year''s Day'),
    ('2026-04-03', 'Good Friday'),
    ('2026-04-06', 'Easter Monday'),
    ('2026-05-04', 'Early May bank holiday'),
    ('2026-05-25', 'Spring bank holiday'),
    ('2026-08-31', 'Summer bank holiday'),
    ('2026-12-25', 'Christmas Day'),
    ('2026-12-28', 'Boxing Day (substitute day)'),
    ('2027-01-01', 'New Year''s Day'),
    ('2027-03-26', 'Good Friday'),
    ('2027-03-29', 'Easter Monday'),
    ('2027-05-03', 'Early May bank holiday'),
    ('2027-05-31', 'Spring bank holiday'),
    ('2027-08-30', 'Summer bank holiday'),
    ('2027-12-27', 'Christmas Day (substitute day)'),
    ('2027-12-28', 'Boxing Day (substitute day)'),
    ('2028-01-03', 'New Year''s Day (substitute day)'),
    ('2028-04-14', 'Good Friday'),
    ('2028-04-17', 'Easter Monday'),
    ('2028-05-01', 'Early May bank holiday'),
    ('2028-05-29', 'Spring bank holiday'),
    ('2028-08-28', 'Summer bank holiday'),
    ('2028-12-25', 'Christmas Day'),
    ('2028-12-26', 'Boxing Day'),
    ('2029-01-01', 'New Year''s Day'),
    ('2029-03-30', 'Good Friday'),
    ('2029-04-02', 'Easter Monday'),
    ('2029-05-07', 'Early May bank holiday'),
    ('2029-05-28', 'Spring bank holiday'),
    ('2029-08-27', 'Summer bank holiday'),
    ('2029-12-25', 'Christmas Day'),
    ('2029-12-26', 'Boxing Day'),
    ('2030-01-01', 'New Year''s Day'),
    ('2030-04-19', 'Good Friday'),
    ('2030-04-22', 'Easter Monday'),
    ('2030-05-06', 'Early May bank holiday'),
    ('2030-05-27', 'Spring bank holiday'),
    ('2030-08-26', 'Summer bank holiday'),
    ('2030-12-25', 'Christmas Day'),
    ('2030-12-26', 'Boxing Day');

-- Timescales the desk applies. Change them with UPDATE setting; they are read at start-up.
INSERT OR IGNORE INTO setting (key, value) VALUES
    -- Days a person has to respond when a decision is pending (EA12), per the digital service.
    ('enforcement.response_days', '7'),
    -- ASSUMPTION: a breach or recall action recorded this many months ago or less is "live".
    ('compliance.live_breach_months', '12');
