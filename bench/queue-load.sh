#!/usr/bin/env bash
# The duty queue with many sessions at once. Prints a Markdown report (docs/performance.md,
# "Duty queue: many sessions at once", is made from it).
#   bench/queue-load.sh [-n SESSIONS] [-t SECONDS] [-c CASES | -d DB] [-r PERCENT] [-p MS] [-b MS] [-i SECONDS]
#     -n  session processes working the queue at once (default 20)
#     -t  how long they work, in seconds (default 30)
#     -c  cases in a newly seeded database (default 650), or
#     -d  work on a copy of this database (e.g. target/bench/cases-100k.db, made by bench/run.sh)
#     -r  percent of the people taken who are put back in the queue rather than seen (default 10)
#     -p  each session pauses this long after each round (default 0: as fast as it can)
#     -b  an experiment: a session waiting for the write lock tries again every MS ms, up to the
#         same 5 s, instead of SQLite's default busy handler (which backs off to a try every 100 ms)
#     -i  seconds over which an idle session's CPU time is measured (default 60; 0 skips it)
# Each session is one JVM with the flags bin/dutydesk gives the desk (C1 only, serial GC, small
# heap, SQLite's native library pre-extracted) running dutydesk.bench.QueueLoad as its own user
# (load01, load02, ...): check in a random unallocated case, take the person waiting longest, log
# their attended visit (or, sometimes, put them back). Every session prints READY and waits for its
# standard input to end, so they all start at the same moment. Afterwards
# dutydesk.bench.QueueLoadCheck compares every session's log with the database: failed
# transactions, lost or unreported visits, events that do not match, anyone taken twice, any case
# open twice. Exit status 1 if it finds a problem. Logs and the database stay in
# target/bench/queue/.
# Then two idle sessions (dutydesk.bench.IdlePoll) run side by side: one looking for other
# sessions' commits every 1000 ms (PRAGMA data_version), one with its connection open and no
# looks; their CPU time over the idle period is read from /proc.
set -euo pipefail
cd "$(dirname "$0")/.."
SESSIONS=20 SECS=30 CASES=650 FROM= RELEASE=10 PAUSE=0 BUSY_POLL= IDLE=60
while getopts "n:t:c:d:r:p:b:i:" o; do
    case $o in
        n) SESSIONS=$OPTARG ;; t) SECS=$OPTARG ;; c) CASES=$OPTARG ;; d) FROM=$OPTARG ;;
        r) RELEASE=$OPTARG ;; p) PAUSE=$OPTARG ;; b) BUSY_POLL=$OPTARG ;; i) IDLE=$OPTARG ;;
        *) sed -n '2,/^set -e/p' "$0" | sed '$d' >&2; exit 2 ;;
    esac
done
OUT=target/bench/queue
DB=$OUT/queue.db
JAR=target/dutydesk.jar

bin/dutydesk --version >/dev/null          # builds the jar and extracts SQLite's library if needed
LIB=$(ls target/native/libsqlitejdbc.* 2>/dev/null | head -n 1)
# As bin/dutydesk runs a desk session.
FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -Xmx128m -Xlog:disable -Xlog:all=warning:stderr"
FLAGS="$FLAGS -Djava.locale.providers=COMPAT,CLDR"
[ -n "$LIB" ] && FLAGS="$FLAGS -Dorg.sqlite.lib.path=${LIB%/*} -Dorg.sqlite.lib.name=${LIB##*/}"
JAVA="java $FLAGS -cp $JAR"

rm -rf "$OUT"
mkdir -p "$OUT"
if [ -n "$FROM" ]; then
    command -v sqlite3 >/dev/null || { echo "queue-load: -d needs the sqlite3 command" >&2; exit 2; }
    sqlite3 "$FROM" ".backup '$DB'"
    WHAT="a copy of $FROM"
else
    bin/dutydesk seed --cases "$CASES" --db "$DB" >/dev/null 2>&1
    WHAT="newly seeded (bin/dutydesk seed --cases $CASES)"
fi

PIDS=()
cleanup() { local p; for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

echo "## Run"
echo
echo "- Date: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores; $(java -version 2>&1 | head -1)"
echo "- Command: \`bench/queue-load.sh $*\`"
echo "- Database: $WHAT, $(ls -l "$DB" | awk '{printf "%.1f MB", $5/1e6}'); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# One session of no rounds first: it brings the database's schema up to date, as the desk does
# when it starts, so the sessions below do not all queue to do it at once.
$JAVA dutydesk.bench.QueueLoad --db "$DB" --user setup --rounds 0 >/dev/null

# The sessions: started in the background, each reading the same FIFO, which this shell holds
# open (read-write, so opening it never blocks). Closing it ends every session's input at once.
GO=$OUT/go
mkfifo "$GO"
exec 3<>"$GO"
for i in $(seq -f %02g 1 "$SESSIONS"); do
    $JAVA dutydesk.bench.QueueLoad --db "$DB" --user "load$i" --seed "$((10#$i))" --seconds "$SECS" \
        --release-percent "$RELEASE" --pause-ms "$PAUSE" ${BUSY_POLL:+--busy-poll-ms "$BUSY_POLL"} --wait <"$GO" >"$OUT/load$i.log" 2>"$OUT/load$i.err" 3>&- &
    PIDS+=($!)
done
waited=0
while [ "$(grep -l '^READY' "$OUT"/load*.log 2>/dev/null | wc -l)" -lt "$SESSIONS" ]; do
    for p in "${PIDS[@]}"; do
        kill -0 "$p" 2>/dev/null || { echo "queue-load: a session stopped before it was ready:" >&2; cat "$OUT"/load*.err >&2; exit 1; }
    done
    sleep 0.2
    waited=$((waited + 1))
    [ "$waited" -lt 1500 ] || { echo "queue-load: the sessions were not ready after 300 s" >&2; exit 1; }
done
exec 3>&-
for p in "${PIDS[@]}"; do wait "$p" || echo "queue-load: session $p exited with status $?" >&2; done
PIDS=()

echo "## $SESSIONS sessions working the queue for $SECS s$([ "$PAUSE" = 0 ] || echo ", pausing $PAUSE ms after each round")$([ -z "$BUSY_POLL" ] || echo ", trying for the lock every $BUSY_POLL ms")"
echo
echo '```text'
set +e
$JAVA dutydesk.bench.QueueLoadCheck --db "$DB" "$OUT"/load*.log
CHECK=$?
set -e
echo '```'
echo
echo "Each session's write times, ms (p50 / p99 / max): $(awk '/^SUMMARY/ {
    for (i = 2; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
    p50 = p50 (p50 ? " " : "") f["write_ms_p50"]; p99 = p99 (p99 ? " " : "") f["write_ms_p99"]; mx = mx (mx ? " " : "") f["write_ms_max"]
} END { print "p50 " p50 "; p99 " p99 "; max " mx }' "$OUT"/load*.log)"
for f in "$OUT"/load*.err; do
    [ -s "$f" ] && { echo; echo "stderr of ${f##*/}:"; head -n 5 "$f"; }
done
echo

if [ "$IDLE" -gt 0 ]; then
    # CPU time of a whole process: clock ticks from /proc/PID/stat (utime + stime), and the
    # nanoseconds its threads spent on a CPU (/proc/PID/task/*/schedstat, finer).
    ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }
    nanos() { cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{ s += $1 } END { print s }'; }
    HZ=$(getconf CLK_TCK)
    $JAVA dutydesk.bench.IdlePoll --db "$DB" --interval 1000 >"$OUT/idle-poll.log" 2>&1 &
    POLL=$!
    $JAVA dutydesk.bench.IdlePoll --db "$DB" --interval 0 >"$OUT/idle-open.log" 2>&1 &
    OPEN=$!
    PIDS=("$POLL" "$OPEN")
    until grep -q '^READY' "$OUT/idle-poll.log" && grep -q '^READY' "$OUT/idle-open.log"; do sleep 0.2; done
    sleep 5                                  # let start-up finish (JIT, class loading)
    t0p=$(ticks "$POLL") n0p=$(nanos "$POLL") t0o=$(ticks "$OPEN") n0o=$(nanos "$OPEN")
    sleep "$IDLE"
    t1p=$(ticks "$POLL") n1p=$(nanos "$POLL") t1o=$(ticks "$OPEN") n1o=$(nanos "$OPEN")
    rss() { awk '/^VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$1/status"; }
    echo "## An idle session ($IDLE s, after 5 s to settle)"
    echo
    echo '| Process | CPU (schedstat) | CPU per minute | CPU (ticks of 1/'"$HZ"' s) | RSS | threads |'
    echo '|---|---|---|---|---|---|'
    row() {
        awk -v l="$1" -v n="$(( $3 - $2 ))" -v t="$(( $5 - $4 ))" -v hz="$HZ" -v s="$IDLE" -v r="$6" -v th="$7" \
            'BEGIN { printf "| %s | %.1f ms | %.1f ms | %d (%.0f ms) | %s | %s |\n", l, n / 1e6, n / 1e6 * 60 / s, t, t * 1000 / hz, r, th }'
    }
    row "looks every 1000 ms (\`IdlePoll --interval 1000\`)" "$n0p" "$n1p" "$t0p" "$t1p" "$(rss "$POLL")" \
        "$(ls /proc/"$POLL"/task | wc -l)"
    row "connection open, no looks (\`--interval 0\`)" "$n0o" "$n1o" "$t0o" "$t1o" "$(rss "$OPEN")" \
        "$(ls /proc/"$OPEN"/task | wc -l)"
    echo
    echo "Changes seen by the watching session during the idle period: $(grep -c '^CHANGE' "$OUT/idle-poll.log" || true)"
    kill "$POLL" "$OPEN" 2>/dev/null || true
    wait "$POLL" "$OPEN" 2>/dev/null || true
    PIDS=()
fi
exit "$CHECK"
