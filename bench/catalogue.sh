#!/usr/bin/env bash
# Benchmark of `fejdoc catalogue` over N synthetic projects (default 1,000) whose documents are
# already built (every format, built once outside the measure and kept in bench/out/).
# Usage: bench/catalogue.sh [N] [SEED]
# Prints the best wall time of three runs (after one that warms the file cache), checks and JVM
# included, and the weight of the index page (and of its search data, loaded with it).
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_init "$@"
output="$here/bench/out/catalogue-$n"
if [ ! -f "$output/.built-$seed" ]; then
  rm -rf "$output"
  ./fejdoc build --sans-catalogue --out "$output" -q "$projects" >/dev/null || true
  touch "$output/.built-$seed"
fi
site="$output/catalogue"
catalogue=(./fejdoc catalogue "$projects" --out "$site" --documents "$output" -q)
bench_best 1 nothing "${catalogue[@]}"
bench_best 3 nothing "${catalogue[@]}"
kb() { echo $(( ($(stat -c %s "$1") + 1023) / 1024 )); }
echo "catalogue de $n projets : ${best} ms (meilleur de 3) ; mémoire max $best_rss Mo ; $(nproc) cœurs"
echo "index.html : $(kb "$site/index.html") Ko ; catalogue-recherche.js : $(kb "$site/catalogue-recherche.js") Ko ;" \
  "catalogue.js : $(kb "$site/catalogue.js") Ko ; catalogue.css : $(kb "$site/catalogue.css") Ko"
echo "index gzip : $(( ($(gzip -9c "$site/index.html" | wc -c) + 1023) / 1024 )) Ko ;" \
  "comparer.html + données : $(kb "$site/catalogue-comparaison.js") Ko ; graphiques.html : $(kb "$site/graphiques.html") Ko"
