#!/usr/bin/env bash
# time-to-first-frame.sh - milliseconds from starting a command in a fresh 80x24 tmux pane until a
# text pattern is visible on its screen.
#
# Usage: time-to-first-frame.sh [-n RUNS] [-x COLS] [-y ROWS] [-t TIMEOUT_S] [-k KEYS] [-w] CMD PATTERN
#   CMD       shell command line, run as "exec CMD" by /bin/sh in the pane (quote it as one argument)
#   PATTERN   fixed text (not a regex) that marks the first useful frame, e.g. "CASES"
#   -n RUNS   repeat RUNS times, each in a fresh tmux server (default 1); prints one number per run,
#             plus a summary line "n= median= min= max= ..." on stderr when RUNS > 1
#   -x/-y     pane size (default 80x24)
#   -t        give up after TIMEOUT_S seconds (default 30); the last screen is printed on stderr
#   -k KEYS   after the pattern appears, send these tmux key names (space separated, e.g. "Down q")
#             and wait until the program exits by itself (e.g. to end an AppCDS/AOT training run
#             normally); without -k the program is killed (SIGHUP) when the tmux server is killed
#   -w        do one extra warm-up run first and discard it (fills the page cache)
# A program that prints and exits at once can lose its last output (tmux may reap it before reading
# the pty): keep such a baseline alive, e.g. CMD="sh -c 'java -cp . Hello; sleep 9'".
# Environment: TM_POLL_S=0.005 (pause between polls).  Each poll = one "tmux capture-pane" client
# (~2-4 ms on a small VM), so the result is late by about half a poll period on average.
#
# Examples:
#   bench/tools/time-to-first-frame.sh -n 9 'java -jar target/app.jar' 'CASES'
#   bench/tools/time-to-first-frame.sh -n 9 'htop' 'F10Quit'
#   bench/tools/time-to-first-frame.sh -k q 'java -XX:ArchiveClassesAtExit=app.jsa -jar app.jar' CASES
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/tui-lib.sh"

runs=1 cols=80 rows=24 timeout=30 keys="" warm=0
while getopts "n:x:y:t:k:w" o; do
    case $o in
        n) runs=$OPTARG ;; x) cols=$OPTARG ;; y) rows=$OPTARG ;; t) timeout=$OPTARG ;;
        k) keys=$OPTARG ;; w) warm=1 ;; *) sed -n '2,/^set -u/p' "$0" | sed '$d'; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[[ $# -eq 2 ]] || { sed -n '2,/^set -u/p' "$0" | sed '$d' >&2; exit 2; }
cmd=$1 pat=$2
trap tm_cleanup EXIT

one_run() {
    tm_start "$cols" "$rows" || { echo "tmux start failed" >&2; return 1; }
    local t0
    now; t0=$NOW
    tm_spawn "$cmd"
    if ! tm_wait_for "$pat" "$timeout"; then
        echo "pattern '$pat' not seen (dead=$TM_DEAD); last screen:" >&2
        printf '%s\n' "$TM_SCREEN" >&2
        tm_cleanup; return 1
    fi
    local ms=$(( (TM_HIT_US - t0 + 500) / 1000 ))
    if [[ -n $keys ]]; then
        tm_keys "$keys"
        tm_wait_dead "$timeout" || echo "program did not exit after keys '$keys'" >&2
    fi
    tm_cleanup
    echo "$ms"
}

(( warm )) && { one_run >/dev/null || exit 1; }
results=()
for ((i = 1; i <= runs; i++)); do
    r=$(one_run) || exit 1
    echo "$r"
    results+=("$r")
done
if (( runs > 1 )); then
    printf '%s\n' "${results[@]}" | stats >&2
fi
