#!/usr/bin/env bash
# Cold-start times of owl next to the JVM floor (`java -version`) and yq reading the same catalog.
# All commands run interleaved in one loop (round 1: every command once, round 2: …), so a noisy,
# shared machine slows them alike; each figure is the median, reported as a ratio to the floor.
# Every timed command must exit 0: a failing command would time an error message, so the bench stops.
# Usage: bench/startup.sh [RUNS]     JAVA_HOME selects the JDK (as for ./owl); OWL=path/to/launcher
#        benches another launcher (e.g. an unpacked release archive's bin/owl); BEFORE=path/to/launcher adds
#        that launcher's row under each owl row, in the same loop (before/after of two builds in one run).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
owl=${OWL:-./owl}
java_cmd=java
[ -n "${JAVA_HOME:-}" ] && java_cmd="$JAVA_HOME/bin/java"
fixture=src/test/resources/license-fixture

labels=() cmds=()
add() {
    labels+=("$1"); local label=$1; shift; cmds+=("$(printf '%q ' "$@")")
    if [ -n "${BEFORE:-}" ] && [ "${1:-}" = "$owl" ]; then
        shift; labels+=("  before: ${label#owl }"); cmds+=("$(printf '%q ' "$BEFORE" "$@")")
    fi
}
add "java -version (JVM floor)"            "$java_cmd" -version
add "owl --version"                        "$owl" --version
add "owl --help"                           "$owl" --help
add "owl list"                             "$owl" list
add "owl list --format json"               "$owl" list --format json
add "owl show llama-3.3-70b-instruct"      "$owl" show llama-3.3-70b-instruct
add "owl fit --gpu rtx-4090"               "$owl" fit --gpu rtx-4090
add "owl recommend --task code"            "$owl" recommend --task code
add "owl license check (fixture repo)"     "$owl" --catalog "$fixture/catalog" license check "$fixture/repo" \
                                               --policy "$fixture/policies/apache-only.yaml"
# The same repo and policy over the built-in catalog alone: the row above also parses a YAML user catalog (SnakeYAML's
# warm-up is ~30% of its main thread), which a team's CI run without --catalog does not pay.
add "owl license check (fixture, built-in catalog)" "$owl" license check "$fixture/repo" \
                                               --policy "$fixture/policies/apache-only.yaml"
add "yq . catalog/models/*.yaml (no validation)" sh -c 'yq . catalog/models/*.yaml'

# Warm-up outside the measurement: builds the jar and the class-data archive, and proves every command works.
# license check exits 1 when the fixture repo breaks the policy, which is its expected answer.
for i in "${!cmds[@]}"; do
    set +e; eval "${cmds[$i]}" >/dev/null 2>/tmp/owl-bench-err.$$; rc=$?; set -e
    expect=0; [[ ${labels[$i]} == *"license check"* ]] && expect=1
    if [ "$rc" != "$expect" ]; then
        echo "bench: '${labels[$i]}' exited $rc (expected $expect):" >&2; cat /tmp/owl-bench-err.$$ >&2
        rm -f /tmp/owl-bench-err.$$; exit 1
    fi
done
rm -f /tmp/owl-bench-err.$$

# With a warm archive no class of owl or its libraries may load from the jar (picocli is compiled from its sources
# for Java 17 so that the archive can hold it; dev.owl.Training runs every timed command): each such class costs
# start-up time. A bare --version has its own archive too (trained on --version alone).
for i in "${!cmds[@]}"; do
    [[ ${labels[$i]} == "owl "* ]] || continue
    loaded=$(eval "OWL_JAVA_OPTS=-Xlog:class+load ${cmds[$i]}" 2>/dev/null || true)
    from_jar=$(grep -E 'source: (jar|file):' <<<"$loaded" || true)
    if [ -n "$from_jar" ]; then
        echo "bench: '${labels[$i]}' loaded $(wc -l <<<"$from_jar") classes from the jar, not the archive:" >&2
        head -20 <<<"$from_jar" >&2; exit 1
    fi
    # picocli's models come from code generated at build time (dev.owl.cli.ModelGenerator): a run that reads the
    # commands' annotations instead makes the JDK generate proxy classes (JSON output's Jackson annotations aside)
    proxies=$(grep 'source: __dynamic_proxy__' <<<"$loaded" || true)
    if [ -n "$proxies" ] && [[ ${labels[$i]} != *json* ]]; then
        echo "bench: '${labels[$i]}' read annotations at start-up ($(wc -l <<<"$proxies") proxy classes): is GeneratedModels in the jar?" >&2
        exit 1
    fi
done

declare -A samples
for _ in $(seq "$runs"); do
    for i in "${!cmds[@]}"; do
        t0=$(date +%s%N)
        set +e; eval "${cmds[$i]}" >/dev/null 2>&1; rc=$?; set -e
        t1=$(date +%s%N)
        expect=0; [[ ${labels[$i]} == *"license check"* ]] && expect=1
        [ "$rc" = "$expect" ] || { echo "bench: '${labels[$i]}' exited $rc during the run" >&2; exit 1; }
        samples[$i]+="$(( (t1 - t0) / 100000 )) "   # tenths of a millisecond
    done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2) / 10}'; }
floor=$(median <<<"${samples[0]}")
echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $("$java_cmd" -version 2>&1 | head -1); $(date -u '+%F %H:%M') UTC;" \
     "launcher $owl${BEFORE:+ (before: $BEFORE)}; median of $runs interleaved runs"
for i in "${!cmds[@]}"; do
    m=$(median <<<"${samples[$i]}")
    printf '%-46s %7.1f ms  %5.2fx floor\n' "${labels[$i]}" "$m" "$(awk -v a="$m" -v b="$floor" 'BEGIN {print a/b}')"
done
