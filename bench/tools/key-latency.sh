#!/usr/bin/env bash
# key-latency.sh - milliseconds from "tmux send-keys KEY" until the screen of a running terminal
# program changes (median over repeats).  Measures the whole path: tmux -> pty -> program decodes the
# key -> work (e.g. an SQL query) -> redraw -> tmux parses the output.
#
# Usage: key-latency.sh [-n REPEATS] [-s "SETUP KEYS"] [-u UNDO_KEY] [-e PATTERN] [-x COLS] [-y ROWS] CMD READY KEY
#   CMD      shell command line, run as "exec CMD" in an 80x24 tmux pane
#   READY    fixed text that shows the program is ready (first frame drawn)
#   KEY      tmux key name whose latency is measured (Down, PageDown, a character such as S ...)
#   -n       repeats (default 9); -w extra warm-up repeats not counted (default 2)
#   -s       keys sent once before measuring (e.g. "/" to open a filter, "/ B" for a 1-char filter)
#   -u       key sent after each measured KEY to get back to the start state (e.g. BSpace after a
#            typed filter character); without -u the KEY effects accumulate (fine for Down)
#   -e       wait until PATTERN is on screen instead of "any change" (for programs that echo the key
#            first and show the result later: measures time to the result)
# "Change" includes colours and attributes (capture-pane -e), so a moved reverse-video bar counts.
# Output: one latency in ms per repeat on stdout, then "n= median= min= max= ..." on stderr.
# Accuracy: each poll forks one tmux client (~2-4 ms); poll pause TM_POLL_S (default 0.005 s).
# Calibrate the harness floor with a program whose reaction is instant, e.g.
#   bench/tools/key-latency.sh -u BSpace 'cat' '' a     (the tty driver echoes "a")
#
# Example (filter latency at 100k rows; "/" opens the filter; measure typing "S", undo with BSpace):
#   bench/tools/key-latency.sh -s / -u BSpace 'java -jar target/app.jar' 'CASES' S
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/tui-lib.sh"

n=9 warm=2 setup="" undo="" expect="" cols=80 rows=24
while getopts "n:w:s:u:e:x:y:" o; do
    case $o in
        n) n=$OPTARG ;; w) warm=$OPTARG ;; s) setup=$OPTARG ;; u) undo=$OPTARG ;; e) expect=$OPTARG ;;
        x) cols=$OPTARG ;; y) rows=$OPTARG ;;
        *) sed -n '2,/^set -u/p' "$0" | sed '$d' >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[[ $# -eq 3 ]] || { sed -n '2,/^set -u/p' "$0" | sed '$d' >&2; exit 2; }
cmd=$1 ready=$2 key=$3
trap tm_cleanup EXIT

tm_start "$cols" "$rows" || exit 1
tm_spawn "$cmd"
tm_wait_for "$ready" 60 || { echo "ready pattern '$ready' not seen; last screen:" >&2; printf '%s\n' "$TM_SCREEN" >&2; exit 1; }
tm_wait_stable 300 20
if [[ -n $setup ]]; then tm_keys "$setup"; tm_wait_stable 300 20; fi

results=()
for ((i = 0; i < warm + n; i++)); do
    tm_capture -e; before=$TM_SCREEN
    now; t0=$NOW
    tm send-keys -t m -- "$key"
    if [[ -n $expect ]]; then ok=tm_wait_for; arg=$expect; else ok=tm_wait_change; arg=$before; fi
    if ! $ok "$arg" 10; then echo "no screen change after '$key'" >&2; exit 1; fi
    ms=$(awk -v d=$(( TM_HIT_US - t0 )) 'BEGIN { printf "%.1f", d / 1000 }')
    tm_wait_stable 150 10
    if [[ -n $undo ]]; then
        tm_capture -e; b2=$TM_SCREEN
        tm send-keys -t m -- "$undo"
        tm_wait_change "$b2" 10; tm_wait_stable 150 10
    fi
    (( i >= warm )) && { echo "$ms"; results+=("$ms"); }
done
printf '%s\n' "${results[@]}" | stats >&2
