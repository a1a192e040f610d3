#!/bin/sh
# bench/extract.sh DB DIR - writes DIR/cases.csv, DIR/registrations.csv and DIR/contacts.csv from a
# database (e.g. the seeded bench one) in the format 'dutydesk import' reads, to time imports:
#   bin/dutydesk seed --cases 100000 --db target/bench/cases-100k.db --as-of 2026-11-23
#   bench/extract.sh target/bench/cases-100k.db target/bench/extract
#   time bin/dutydesk import --db target/bench/imported.db target/bench/extract/*.csv
# Needs the sqlite3 command-line shell.
set -eu
[ $# -eq 2 ] || { sed -n '2,7p' "$0" >&2; exit 2; }
db=$1 out=$2
mkdir -p "$out"
sqlite3 -csv -header "$db" "SELECT c.crn, c.pnc, c.surname, c.forename, c.date_of_birth, c.pdu_code,
    p.name AS pdu_name, c.team_code, t.name AS team_name, c.om_staff_code, c.tier, c.rosh, c.case_type,
    c.order_description, c.sentence_date, c.release_date, c.order_end_date, c.reporting_frequency,
    c.next_report_date
  FROM cases c JOIN pdu p ON p.code = c.pdu_code JOIN team t ON t.code = c.team_code ORDER BY c.id" >"$out/cases.csv"
sqlite3 -csv -header "$db" "SELECT c.crn, r.type_code AS type, r.level, r.category, r.registered_date,
    r.next_review_date, r.deregistered_date, r.notes
  FROM registration r JOIN cases c ON c.id = r.case_id ORDER BY r.id" >"$out/registrations.csv"
sqlite3 -csv -header "$db" "SELECT c.crn, k.contact_date, k.start_time, k.type_code AS type,
    k.outcome_code AS outcome, k.enforcement_code AS enforcement, k.enforcement_response_by AS respond_by,
    k.staff_code, k.location, k.description, k.notes, CASE k.sensitive WHEN 1 THEN 'Y' ELSE 'N' END AS sensitive
  FROM contact k JOIN cases c ON c.id = k.case_id ORDER BY k.id" >"$out/contacts.csv"
wc -l "$out"/*.csv
