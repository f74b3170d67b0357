#!/usr/bin/env bash
# CPU time (user+sys) of owl on the slowest hostile inputs, next to a plain `owl list` in the same run, as
# medians and ratios. The unit tests only guard these cases against hangs (dev.owl.NoHang); the speed
# targets live here. CPU time rather than wall time, so a busy machine does not move the figures much.
# Usage: bench/hostile.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
[ -f target/owl.jar ] || ./mvnw -q -B package -DskipTests 1>&2
owl=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$PWD/target/owl.jar")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median_cpu_ms() {
    for _ in $(seq "$runs"); do
        /usr/bin/time -f '%U %S' -o "$work/time" "$@" >/dev/null 2>&1 </dev/null || true
        awk '{printf "%d\n", ($1 + $2) * 1000}' "$work/time"
    done | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

mkdir -p "$work/scalar/models" "$work/sparse/models"
python3 -c "print('family: ' + 'x' * 2_000_000 + '\nvendor: y\nmodels: []')" > "$work/scalar/models/x.yaml"
truncate -s 100M "$work/sparse/models/x.yaml"
python3 -c "print('mixtral' + 'x' * 131_000)" > "$work/long-name"
python3 -c "print('list\n' + 'x' * 1_000_000)" > "$work/long-line"

base=$(median_cpu_ms "${owl[@]}" --catalog src/test/resources/fixture-catalog list)
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); $(date -u +%F); CPU ms, median of $runs runs; target ≤ 3x"
row() { printf '%-58s %7s ms  %5sx\n' "$1" "$2" "$(awk -v a="$2" -v b="$base" 'BEGIN {printf "%.1f", a/b}')"; }
row "owl list (fixture catalog; the baseline)" "$base"
row "owl list, a catalog file with a 2 MB scalar" "$(median_cpu_ms "${owl[@]}" --catalog "$work/scalar" list)"
row "owl list, a sparse 100 MB catalog file" "$(median_cpu_ms "${owl[@]}" --catalog "$work/sparse" list)"
row "owl show <a 131 KB unknown name>" "$(median_cpu_ms "${owl[@]}" show "$(cat "$work/long-name")")"
row "owl shell < a 1 MB line" "$(median_cpu_ms sh -c "${owl[*]} shell < $work/long-line")"
