#!/usr/bin/env bash
# Benchmark of `fejdoc catalogue` over N synthetic projects (default 1,000) whose documents are
# already built: generate → build (HTML only, outside the measure) → time `fejdoc catalogue`.
# Usage: bench/catalogue.sh [N] [SEED]
# Prints the best wall time of three runs and the weight of the index page (and of its search
# data, loaded with it). Outputs go to bench/out/ (git-ignored).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000}"
seed="${2:-1}"
projects="$here/bench/out/catalogue-$n/projects"
output="$here/bench/out/catalogue-$n/output"
cd "$here"
./fejdoc --version >/dev/null   # builds the jar if needed, outside the measure
if [ ! -d "$projects" ] || [ "$(ls "$projects" | wc -l)" -ne "$n" ]; then
  rm -rf "$here/bench/out/catalogue-$n"
  mkdir -p "$output"
  ./fejdoc generate --count "$n" --seed "$seed" --out "$projects" >/dev/null
  ./fejdoc build "$projects" --format html --out "$output" -q >/dev/null || true
fi
measure() {
  local start end
  start=$(date +%s%N)
  ./fejdoc catalogue "$projects" --out "$output/catalogue" -q >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
measure >/dev/null   # warm the file cache
best=""
for i in 1 2 3; do
  ms=$(measure)
  if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
site="$output/catalogue"
kb() { echo $(( ($(stat -c %s "$1") + 1023) / 1024 )); }
echo "catalogue de $n projets : ${best} ms (meilleur de 3)"
echo "index.html : $(kb "$site/index.html") Ko ; catalogue-recherche.js : $(kb "$site/catalogue-recherche.js") Ko ;" \
  "catalogue.js : $(kb "$site/catalogue.js") Ko ; catalogue.css : $(kb "$site/catalogue.css") Ko"
echo "index gzip : $(( ($(gzip -9c "$site/index.html" | wc -c) + 1023) / 1024 )) Ko ;" \
  "comparer.html + données : $(kb "$site/catalogue-comparaison.js") Ko ; graphiques.html : $(kb "$site/graphiques.html") Ko"
