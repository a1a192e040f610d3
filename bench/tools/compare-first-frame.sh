#!/usr/bin/env bash
# compare-first-frame.sh - time-to-first-frame for several command variants, run interleaved
# (round-robin: A B C A B C ...) so that drift on a busy or small machine hits every variant alike.
# Sequential blocks of runs (all A, then all B) differed by up to ~25 ms between sessions here;
# interleaving is the fair way to rank JVM flag sets.
#
# Usage: compare-first-frame.sh [-n ROUNDS] [-x COLS] [-y ROWS] PATTERN LABEL=CMD [LABEL=CMD ...]
#   PATTERN    fixed text that marks the first useful frame (as for time-to-first-frame.sh)
#   LABEL=CMD  a short name, "=", and the shell command line (quote each pair as one argument)
#   -n         counted rounds (default 9); one extra warm-up round is run first and discarded
# Output: one line per variant: "LABEL n= median= min= max= ... [each run in ms]", in argument order.
#
# Example:
#   bench/tools/compare-first-frame.sh -n 9 CASES \
#     "plain=java -jar lib/app.jar" \
#     "c1=java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar lib/app.jar" \
#     "c1+cds=java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SharedArchiveFile=app.jsa -jar lib/app.jar"
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/tui-lib.sh"

rounds=9 cols=80 rows=24
while getopts "n:x:y:" o; do
    case $o in
        n) rounds=$OPTARG ;; x) cols=$OPTARG ;; y) rows=$OPTARG ;;
        *) sed -n '2,/^set -u/p' "$0" | sed '$d' >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[[ $# -ge 2 ]] || { sed -n '2,/^set -u/p' "$0" | sed '$d' >&2; exit 2; }
pat=$1; shift
labels=() cmds=() res=()
for a in "$@"; do labels+=("${a%%=*}"); cmds+=("${a#*=}"); res+=(""); done

for ((r = 0; r <= rounds; r++)); do
    for i in "${!cmds[@]}"; do
        v=$("$here/time-to-first-frame.sh" -x "$cols" -y "$rows" "${cmds[$i]}" "$pat") || { echo "${labels[$i]}: failed" >&2; continue; }
        (( r > 0 )) && res[i]+="$v "
    done
done
for i in "${!cmds[@]}"; do
    printf '%-24s %s   [%s]\n' "${labels[$i]}" "$(printf '%s\n' ${res[$i]} | stats)" "${res[$i]% }"
done
