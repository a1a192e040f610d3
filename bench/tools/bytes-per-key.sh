#!/usr/bin/env bash
# bytes-per-key.sh - bytes a terminal program writes to its pty: for its first frame, and for each
# keystroke afterwards.  Records the pane output with "tmux pipe-pane -O" (the raw bytes the program
# wrote, after the tty's own processing such as onlcr) - what sshd would carry, before SSH framing.
#
# Usage: bytes-per-key.sh [-x COLS] [-y ROWS] [-s SETTLE_MS] [-o RAWLOG] [-t TIMEOUT_S] CMD PATTERN [KEY...]
#   CMD        shell command line, run as "exec CMD" in the pane
#   PATTERN    fixed text that marks the first frame as drawn
#   KEY...     tmux key names sent one per action: Down Up PageDown BSpace Escape Enter C-l, or a
#              single character such as / S m.  "Down*5" repeats a key 5 times (5 separate actions).
#   -s         an action is complete when no new byte arrived for SETTLE_MS ms (default 300)
#   -o         keep the raw byte log in RAWLOG (e.g. to inspect it with "cat -v" or to replay it)
#   -x/-y      pane size (default 80x24)
# Output (stdout, one line each):
#   first-frame <bytes>          everything written from exec until PATTERN is visible and output settled
#   <key> <bytes>                per action
#   summary lines "key=<k> n= median= min= max=" for keys sent more than once
# Notes: the measured program starts only after the recorder is attached (a gate waits for Enter), so
# no byte is missed.  A program that answers nothing within SETTLE_MS counts 0 bytes for that key.
#
# Example:
#   bench/tools/bytes-per-key.sh 'java -jar target/app.jar' 'CASES' 'Down*5' / S m i BSpace Escape
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/tui-lib.sh"

cols=80 rows=24 settle=300 rawlog="" timeout=30
while getopts "x:y:s:o:t:" o; do
    case $o in
        x) cols=$OPTARG ;; y) rows=$OPTARG ;; s) settle=$OPTARG ;; o) rawlog=$OPTARG ;; t) timeout=$OPTARG ;;
        *) sed -n '2,/^set -u/p' "$0" | sed '$d' >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[[ $# -ge 2 ]] || { sed -n '2,/^set -u/p' "$0" | sed '$d' >&2; exit 2; }
cmd=$1 pat=$2; shift 2

tmpdir=$(mktemp -d)
log=$tmpdir/pty.log
trap 'tm_cleanup; [[ -n $rawlog ]] && cp "$log" "$rawlog"; rm -rf "$tmpdir"' EXIT

size() { local s; s=$(stat -c %s "$log" 2>/dev/null) || s=0; echo "$s"; }
# wait until the log has not grown for $settle ms (at least $settle ms after the call)
settle_log() {
    local last cur since
    last=$(size); now; since=$NOW
    while :; do
        tm_sleep 0.01
        cur=$(size); now
        if [[ $cur != "$last" ]]; then last=$cur; since=$NOW; fi
        (( NOW - since >= settle * 1000 )) && break
    done
    echo "$last"
}

tm_start "$cols" "$rows" || exit 1
: > "$log"
tm_spawn_gated "$cmd"
tm pipe-pane -O -t m "cat >> '$log'"
tm_sleep 0.2
tm_release
tm_wait_for "$pat" "$timeout" || { echo "pattern '$pat' not seen; last screen:" >&2; printf '%s\n' "$TM_SCREEN" >&2; exit 1; }
base=$(settle_log)
echo "first-frame $base"

declare -A seen=()
declare -a order=()
for spec in "$@"; do
    key=${spec%\*[0-9]*}; n=1
    [[ $spec == *\*[0-9]* ]] && n=${spec##*\*}
    for ((i = 0; i < n; i++)); do
        before=$(size)
        tm send-keys -t m -- "$key"
        after=$(settle_log)
        b=$(( after - before ))
        echo "$key $b"
        [[ -z ${seen[$key]+x} ]] && order+=("$key")
        seen[$key]+="$b "
    done
done
for key in "${order[@]}"; do
    read -ra vals <<< "${seen[$key]}"
    (( ${#vals[@]} > 1 )) && echo "key=$key $(printf '%s\n' "${vals[@]}" | stats)"
done
exit 0
