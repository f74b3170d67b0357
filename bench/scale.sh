#!/usr/bin/env bash
# A 100,000-model user catalog, compiled (owl catalog compile) and as YAML: wall time and peak RSS of
# `list --limit 20` and `list --format json`. Every command must exit 0. CPU time (user+sys) is printed
# beside wall time: on a shared, loaded machine it is the steadier figure.
# Usage: bench/scale.sh [N] [DIR]     (default 100000 models in /tmp/owl-gen-N; JAVA_HOME selects the JDK)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
dir=${2:-/tmp/owl-gen-$n}
owl=${OWL:-./owl}
[ -d "$dir/models" ] || bench/gen-catalog "$n" "$dir"
# builds the jar and trains the list archives (table and JSON) outside the measurement
"$owl" list --limit 1 >/dev/null
"$owl" list --limit 1 --format json >/dev/null
measure() { # label, command…: one run, wall seconds and peak RSS
    local label=$1 rc secs kib user sys report; shift
    report=$(mktemp)
    set +e; /usr/bin/time -o "$report" -f '%e %M %U %S' "$@" >/dev/null 2>&1; rc=$?; set -e
    read -r secs kib user sys < <(tail -n 1 "$report"); rm -f "$report"
    [ "$rc" = 0 ] || { echo "bench: '$*' exited $rc" >&2; exit 1; }
    printf '%-52s %6.2f s wall %6.2f s CPU %5d MiB peak RSS\n' "$label" "$secs" "$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" $((kib / 1024))
}
echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1); $n models"
# compiled again when the YAML or this checkout's jar is newer (a file from another owl may be refused)
if [ ! "$dir.owlc" -nt "$dir/models" ] || { [ -f target/owl.jar ] && [ target/owl.jar -nt "$dir.owlc" ]; }; then
    measure "owl catalog compile" "$owl" catalog compile "$dir" -o "$dir.owlc"
fi
ls -l "$dir.owlc" | awk '{printf "compiled file: %.1f MB (YAML: %s)\n", $5 / 1e6, "'"$(du -sh "$dir" | cut -f1)"'"}'
measure "compiled: owl --catalog FILE list --limit 20" "$owl" --catalog "$dir.owlc" list --limit 20
measure "compiled: owl --catalog FILE list --format json" "$owl" --catalog "$dir.owlc" list --format json
measure "YAML: owl --catalog DIR list --limit 20" "$owl" --catalog "$dir" list --limit 20
measure "YAML: owl --catalog DIR list --format json" "$owl" --catalog "$dir" list --format json
# the compiled and the YAML form must answer alike: in the default order (which a compiled file stores) and another
for query in "list --limit 20" "list --all --sort params --limit 500 --format json"; do
    # shellcheck disable=SC2086 # the query is words
    [ "$("$owl" --catalog "$dir.owlc" $query | cksum)" = "$("$owl" --catalog "$dir" $query | cksum)" ] \
        || { echo "bench: the compiled and the YAML catalog answer '$query' differently" >&2; exit 1; }
    echo "compiled and YAML answers: identical ($query)"
done
