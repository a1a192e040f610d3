-- Exports of the contacts recorded at the desk, for re-keying or bulk upload into the
-- case-management system: each run (who, when, which file, what was asked for) and which version
-- of which contact went out in it, so that the next run sends only what is new or corrected.

CREATE TABLE contact_export_run (
    id          INTEGER PRIMARY KEY,
    -- The file written (absolute path).
    file        TEXT NOT NULL,
    -- What was asked for: 'NEW' (not exported before), 'SINCE YYYY-MM-DD' (recorded or corrected
    -- on or after that day) or 'AGAIN n' (run n written again).
    selection   TEXT NOT NULL,
    row_count   INTEGER NOT NULL,
    exported_by TEXT NOT NULL,
    exported_at TEXT NOT NULL
);

-- One row per contact version written by a run. A contact corrected after it was exported has
-- a newer version with no row here: the next run sends it, marked as a correction.
CREATE TABLE contact_export (
    contact_id INTEGER NOT NULL REFERENCES contact(id),
    version    INTEGER NOT NULL,
    run_id     INTEGER NOT NULL REFERENCES contact_export_run(id),
    PRIMARY KEY (contact_id, version, run_id)
) WITHOUT ROWID;
CREATE INDEX contact_export_by_run ON contact_export (run_id);

-- The contacts recorded at the desk, by date: what the export and the daily report read, a
-- small part of a table that mostly holds imported history.
CREATE INDEX contact_desk_by_date ON contact (contact_date, start_time) WHERE source = 'DESK';
