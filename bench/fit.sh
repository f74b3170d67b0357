#!/usr/bin/env bash
# Times `owl fit` without a model (every catalog model against one GPU) next to the JVM floor
# (`java -version`) in the same run, and prints medians and their ratio. Usage: bench/fit.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
[ -f target/owl.jar ] || ./mvnw -q -B package -DskipTests 1>&2
java_opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_runs() {
    for _ in $(seq "$runs"); do
        local t0 t1
        t0=$(date +%s%N)
        "$@" >/dev/null 2>&1
        t1=$(date +%s%N)
        echo $(( (t1 - t0) / 1000000 ))
    done | median
}

models=$(java "${java_opts[@]}" -jar target/owl.jar list --all --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
floor=$(time_runs java -version)
fit_one=$(time_runs java "${java_opts[@]}" -jar target/owl.jar fit --gpu rtx-4090 --context 32768 --quant q4_k_m)
fit_all=$(time_runs java "${java_opts[@]}" -jar target/owl.jar fit llama-3.3-70b-instruct --gpu rtx-4090,h100-sxm,m3-max)
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); $(date -u +%F); $models catalog models; median of $runs runs"
printf '%-72s %6s ms\n' "java -version (JVM floor)" "$floor"
printf '%-72s %6s ms  (%sx floor)\n' "owl fit --gpu rtx-4090 --context 32768 --quant q4_k_m" "$fit_one" \
    "$(python3 -c "print(round($fit_one/$floor,1))")"
printf '%-72s %6s ms  (%sx floor)\n' "owl fit llama-3.3-70b-instruct --gpu rtx-4090,h100-sxm,m3-max (81 rows)" "$fit_all" \
    "$(python3 -c "print(round($fit_all/$floor,1))")"
