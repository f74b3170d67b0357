#!/usr/bin/env bash
# recommend over generated catalogs of 10,000 and 20,000 models beside `list` on the same catalog (the load
# floor): the ranking's own cost is the difference, and linear means it doubles, not quadruples, from 10k to 20k.
# Each catalog is measured compiled (`owl catalog compile`, read without YAML) and as YAML. CPU time (user+sys)
# is the figure to compare on a shared machine; wall time is printed beside it, with the load average.
# Usage: bench/recommend.sh [OWL]   (default ./owl, the launcher with its class-data cache; JAVA_HOME selects the JDK)
set -euo pipefail
cd "$(dirname "$0")/.."
owl=${1:-./owl}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$owl" --version >/dev/null # builds the jar and the launcher's cache first
echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at start"
printf '| catalog | command | wall | cpu (user+sys) | peak RSS |\n|---|---|---:|---:|---:|\n'
measure() { # catalog label, command words…
    local label=$1; shift
    /usr/bin/time -o "$dir/t" -f "%e %U %S %M" "$owl" "$@" >/dev/null
    read -r wall user sys rss <"$dir/t"
    printf '| %s | `%s` | %s s | %.2f s | %d MB |\n' "$label" "${*:3}" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024))
}
for n in 10000 20000; do
  bench/gen-catalog "$n" "$dir/gen$n"
  "$owl" catalog compile "$dir/gen$n" -o "$dir/gen$n.owlc" >/dev/null
  for cat in "$dir/gen$n.owlc" "$dir/gen$n"; do
    label="$n, $([ -f "$cat" ] && echo compiled || echo YAML)"
    for cmd in "list --limit 20" "recommend --task chat --commercial --top 3" "recommend --task chat --gpu rtx-4090 --commercial --top 3"; do
      # shellcheck disable=SC2086
      measure "$label" --catalog "$cat" $cmd
    done
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
