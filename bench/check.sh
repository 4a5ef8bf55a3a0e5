#!/usr/bin/env bash
# Benchmark of `fejdoc check` over N synthetic projects (default 1,000).
# Usage: bench/check.sh [N] [SEED]
# Prints the wall time of the check (generation excluded), the time per project and the
# JVM's peak resident memory. Outputs go to bench/out/ (git-ignored).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000}"
seed="${2:-1}"
out="$here/bench/out/check-$n"
cd "$here"
./fejdoc --version >/dev/null   # builds the jar if needed, outside the measure
if [ ! -d "$out" ] || [ "$(ls "$out" | wc -l)" -ne "$n" ]; then
  rm -rf "$out"
  ./fejdoc generate --count "$n" --seed "$seed" --out "$out" >/dev/null
fi
measure() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$here/bench/out/maxrss" ./fejdoc check --format json -o "$here/bench/out/check.json" "$out" 2>/dev/null || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
measure >/dev/null   # warm the file cache
best=""
for i in 1 2 3; do
  ms=$(measure)
  if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
rss_kb=$(tail -n 1 "$here/bench/out/maxrss")
echo "check: $n projets en ${best} ms (meilleur de 3, JVM comprise) ; $(awk "BEGIN{printf \"%.2f\", $best/$n}") ms/projet ; mémoire max $(( rss_kb / 1024 )) Mo ; $(nproc) cœurs"
