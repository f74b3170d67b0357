#!/usr/bin/env bash
# recommend over generated catalogs of 10,000 and 20,000 models beside `list` on the same catalog (the load
# floor): the ranking's own cost is the difference, and linear means it doubles, not quadruples, from 10k to 20k.
# Usage: bench/recommend.sh [JAR]   (default target/owl.jar; build it first with ./mvnw -B -q -DskipTests package)
set -euo pipefail
jar=${1:-target/owl.jar}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
here=$(dirname "$0")
printf '| catalog | command | wall | cpu (user+sys) | peak RSS |\n|---|---|---:|---:|---:|\n'
for n in 10000 20000; do
  python3 "$here/gen-catalog" "$n" "$dir/gen$n"
  for cmd in "list --limit 20" "recommend --task chat --commercial --top 3"; do
    /usr/bin/time -o "$dir/t" -f "%e %U %S %M" java -jar "$jar" --catalog "$dir/gen$n" $cmd >/dev/null
    read -r wall user sys rss <"$dir/t"
    printf '| %s | `%s` | %s s | %.1f s | %d MB |\n' "$n" "$cmd" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024))
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
