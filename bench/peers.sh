#!/usr/bin/env bash
# owl next to its peers in one run: llm-checker (npm) for hardware fit and recommendations, yq for
# reading the same YAML. Install the peer first, outside the repo:  (cd /tmp/peer && npm install llm-checker)
# Usage: bench/peers.sh [LLM_CHECKER_DIR]   (default /tmp/peer)
set -euo pipefail
cd "$(dirname "$0")/.."
peer=${1:-/tmp/peer}
checker="$peer/node_modules/.bin/llm-checker"
./owl --version >/dev/null
ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
median3() { local a b c; a=$(ms "$@"); b=$(ms "$@"); c=$(ms "$@"); printf '%s\n%s\n%s\n' "$a" "$b" "$c" | sort -n | sed -n 2p; }
echo "$(date -u +%F), $(nproc) cores; median of 3 runs"
owl_rec=$(median3 ./owl recommend --task code --gpu rtx-4090)
owl_fit=$(median3 ./owl fit --gpu rtx-4090 --context 8K --quant q4_k_m)
printf '%-70s %6s ms\n' "owl recommend --task code --gpu rtx-4090" "$owl_rec"
printf '%-70s %6s ms\n' "owl fit --gpu rtx-4090 (every model that fits)" "$owl_fit"
if [ -x "$checker" ]; then
    lc_rec=$(median3 "$checker" recommend --category coding --simulate rtx4090 --no-verbose)
    lc_sim=$(median3 "$checker" simulate -p rtx4090 --no-verbose)
    printf '%-70s %6s ms  (owl is %sx faster)\n' "llm-checker recommend --category coding --simulate rtx4090" "$lc_rec" \
        "$(awk -v a="$lc_rec" -v b="$owl_rec" 'BEGIN {printf "%.1f", a/b}')"
    printf '%-70s %6s ms  (owl fit is %sx faster)\n' "llm-checker simulate -p rtx4090" "$lc_sim" \
        "$(awk -v a="$lc_sim" -v b="$owl_fit" 'BEGIN {printf "%.1f", a/b}')"
else
    echo "llm-checker not installed in $peer: skipped"
fi
