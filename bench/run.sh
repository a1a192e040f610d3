#!/usr/bin/env bash
# Duty Desk performance at 100,000 cases. Prints a Markdown report (docs/performance.md is made
# from it). Needs tmux, and takes about five minutes.
#   bench/run.sh            everything
#   bench/run.sh quick      fewer repeats
# Measures, each with the same launcher a user runs (bin/dutydesk) in an 80x24 tmux pane:
#   seeding 100k cases; time to first frame (and htop's, if installed, for scale);
#   keystroke-to-screen latency for a cursor move and a filter key; bytes per key;
#   peak memory; in process, the SQL time of each list query; and the backup, the contact
#   export and the reports (DataBench).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TOOLS=$ROOT/bench/tools
OUT=$ROOT/target/bench
DB=$OUT/cases-100k.db
AS_OF=2026-11-23
N=9; LAT_N=15; SEEDS=3
[ "${1:-}" = quick ] && { N=5; LAT_N=7; SEEDS=1; }
mkdir -p "$OUT"
command -v tmux >/dev/null || { echo "bench: tmux is needed" >&2; exit 2; }

bin/dutydesk --version >/dev/null          # builds the jar if needed
mvn -B -q test-compile >/dev/null          # the SQL benchmark lives with the tests

echo "## Run"
echo
echo "- Date: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo);"
echo "  $(java -version 2>&1 | head -1); $(tmux -V)"
echo "- Command: \`bench/run.sh${1:+ $1}\`"
echo

echo "## Seeding 100,000 cases"
echo
echo '| Run | Seconds (wall, whole command) |'
echo '|---|---|'
for i in $(seq 1 "$SEEDS"); do
    rm -f "$OUT"/seed-$i.db*
    /usr/bin/time -f '%e' -o "$OUT/seed-time" bin/dutydesk seed --cases 100000 --db "$OUT/seed-$i.db" \
        --as-of $AS_OF >/dev/null 2>&1
    echo "| $i | $(cat "$OUT/seed-time") |"
    if [ ! -f "$DB" ]; then mv "$OUT/seed-$i.db" "$DB"; else rm -f "$OUT"/seed-$i.db*; fi
done
echo
ls -l "$DB" | awk '{printf "Database file: %.0f MB\n\n", $5/1e6}'

echo "## DA checks: evaluating every case afresh (bin/dutydesk checks --format csv)"
echo
echo '| Run | Wall s (whole command) | Reading facts, ms | Evaluating, ms | Cases with missed checks |'
echo '|---|---|---|---|---|'
for i in 1 2 3; do
    /usr/bin/time -f '%e' -o "$OUT/checks-time" bin/dutydesk checks --db "$DB" --format csv \
        >"$OUT/checks-$i.csv" 2>"$OUT/checks-$i.err"
    sed -E "s/.*, ([0-9,]+) with missed checks.*read ([0-9]+) ms, evaluated ([0-9]+) ms.*/| $i | $(cat "$OUT/checks-time") | \2 | \3 | \1 |/" "$OUT/checks-$i.err"
done
cmp -s "$OUT/checks-1.csv" "$OUT/checks-2.csv" && echo && echo "The runs' outputs are identical ($(wc -l <"$OUT/checks-1.csv") lines)."
echo

COUNT=$(sqlite3 "$DB" "SELECT count(*) FROM cases WHERE unallocated = 1" 2>/dev/null \
    || java -cp target/dutydesk.jar:target/test-classes dutydesk.bench.QueryBench "$DB" 1 | awk 'NR==1 {gsub(",", "", $1); print $1}')
READY="1/$(sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta' <<<"$COUNT")"
# The measuring scripts run everything under LC_ALL=C; measure the desk in UTF-8, as users run it.
APP="env LC_ALL=C.UTF-8 bin/dutydesk --db $DB"

# Make sure the class-data archive exists before timing (it is built on the first start).
"$TOOLS/time-to-first-frame.sh" -t 60 -k q "$APP" "$READY" >/dev/null

echo "## Time to first frame (ms, until the first screenful of cases is on screen)"
echo
echo '| Program | n | median | min | max |'
echo '|---|---|---|---|---|'
ttf() {
    local label=$1 cmd=$2 pat=$3
    local r; r=$("$TOOLS/time-to-first-frame.sh" -w -n "$N" "$cmd" "$pat" 2>&1 >/dev/null | tail -1)
    echo "| $label | $(sed -E 's/.*n=([0-9]+) median=([0-9.]+) min=([0-9.]+) max=([0-9.]+).*/\1 | \2 | \3 | \4/' <<<"$r") |"
}
ttf "Duty Desk, bin/dutydesk (C1, SerialGC, AppCDS, pre-extracted SQLite)" "$APP" "$READY"
ttf "Duty Desk, plain java -jar" "env LC_ALL=C.UTF-8 java -jar target/dutydesk.jar --db $DB" "$READY"
if command -v htop >/dev/null; then ttf "htop (for scale)" "htop" "F10Quit"; fi
echo

echo "## Keystroke to screen (ms, tmux send-keys until the pane changes; poll 0.5 ms)"
echo
echo '| Key | n | median | min | max | p90 |'
echo '|---|---|---|---|---|---|'
lat() {
    local label=$1; shift
    local r; r=$(TM_POLL_S=0.0005 "$TOOLS/key-latency.sh" -n "$LAT_N" "$@" 2>&1 >/dev/null | tail -1)
    echo "| $label | $(sed -E 's/.*n=([0-9]+) median=([0-9.]+) min=([0-9.]+) max=([0-9.]+).*p90=([0-9.]+).*/\1 | \2 | \3 | \4 | \5/' <<<"$r") |"
}
lat "Harness floor (cat echoing a key)" -u BSpace cat '' a
lat "Down (cursor move)" "$APP" "$READY" Down
lat "Filter, first letter (S)" -s / -u BSpace "$APP" "$READY" S
lat "Filter, third letter (Sm -> Smi)" -s "/ S m" -u BSpace "$APP" "$READY" i
lat "Down, missed checks only (f six times)" -s "f f f f f f" "$APP" "$READY" Down
lat "Worklist, Down" -s w "$APP" "$READY" Down
echo
# Opening a case: the first open after start pays for the database library's first use (warmed
# in the background once the list is up), later ones do not.
open=$(TM_POLL_S=0.0005 "$TOOLS/key-latency.sh" -n 6 -w 0 -e "Contact history" -u Escape "$APP" "$READY" Enter 2>/dev/null \
    | tr '\n' ' ')
echo "Open a case (Enter until its history shows), ms, first open after start then five more: $open"
echo

echo "## Bytes sent per key (pty output at 80x24, colour, UTF-8)"
echo
echo '```'
"$TOOLS/bytes-per-key.sh" "$APP" "$READY" 'Down*24' 'Up*22' PageDown / S m i BSpace Escape C-l
echo '```'
echo

echo "## Peak memory (VmHWM of the JVM after 3 rounds of Down*30, / S m i, BSpace*3, Escape)"
echo
. "$TOOLS/tui-lib.sh"
rss() {
    tm_start 80 24
    tm_spawn "$APP"
    tm_wait_for "$READY" 60 >/dev/null
    local pid; pid=$(pgrep -n -f "dutydesk.jar --db $DB")
    for _ in 1 2 3; do
        for _ in $(seq 30); do tm send-keys -t m Down; done
        tm_keys "/ S m i BSpace BSpace BSpace Escape"
    done
    tm_wait_stable 500 30 >/dev/null
    echo "- VmHWM $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$pid/status), threads $(awk '/Threads/ {print $2}' /proc/$pid/status)"
    tm_cleanup
}
rss
echo

echo "## SQL time per list query, in process (ms)"
echo
echo '| Query | median | p90 | first call |'
echo '|---|---|---|---|'
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/dutydesk.jar:target/test-classes dutydesk.bench.QueryBench "$DB" 50 | tail -n +2
echo

echo "## Getting data out, in process: backup, export, reports"
echo
echo "(Each works on copies beside the database; the export and the reports add 20,000 contacts"
echo "recorded at the desk over 60 days to their copy first.)"
echo
echo '```text'
JAVA_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -Xmx128m"
for what in backup export reports; do
    java $JAVA_FLAGS -cp target/dutydesk.jar:target/test-classes dutydesk.bench.DataBench $what "$DB"
done
echo '```'
