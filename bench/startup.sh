#!/usr/bin/env bash
# Cold-start times of owl next to the JVM floor (`java -version`) and yq reading the same catalog,
# all in one run, as medians and ratios to the floor. Uses the launcher (AppCDS archive included).
# Usage: bench/startup.sh [RUNS]     (JAVA_HOME selects the JDK, as for ./owl)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
./owl --version >/dev/null   # build the jar and the CDS archive outside the measurement
java_cmd=java
[ -n "${JAVA_HOME:-}" ] && java_cmd="$JAVA_HOME/bin/java"

median_ms() {
    local samples=()
    for _ in $(seq "$runs"); do
        local t0 t1
        t0=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        t1=$(date +%s%N)
        samples+=($(( (t1 - t0) / 1000000 )))
    done
    printf '%s\n' "${samples[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

floor=$(median_ms "$java_cmd" -version)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $("$java_cmd" -version 2>&1 | head -1); $(date -u +%F); median of $runs runs"
row() { printf '%-64s %6s ms  %5sx floor\n' "$1" "$2" "$(awk -v a="$2" -v b="$floor" 'BEGIN {printf "%.1f", a/b}')"; }
row "java -version (JVM floor)" "$floor"
row "owl --version" "$(median_ms ./owl --version)"
row "owl list" "$(median_ms ./owl list)"
row "owl list --format json" "$(median_ms ./owl list --format json)"
row "owl show llama-3.3-70b-instruct" "$(median_ms ./owl show llama-3.3-70b-instruct)"
row "owl license check (fixture repo)" "$(median_ms ./owl --catalog src/test/resources/license-fixture/catalog license check \
    src/test/resources/license-fixture/repo --policy src/test/resources/license-fixture/policies/apache-only.yaml)"
if command -v yq >/dev/null; then
    row "yq: catalog/models/*.yaml to JSON (no validation)" "$(median_ms sh -c 'yq -o=json ". " catalog/models/*.yaml')"
fi
