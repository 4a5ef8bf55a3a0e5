#!/usr/bin/env bash
# Benchmark of `fejdoc build --format html` over N synthetic projects (default 1,000):
# wall time (checks and JVM included, best of 3), documents/s and the JVM's peak memory.
# Usage: bench/html.sh [N] [SEED]      Outputs go to bench/out/ (git-ignored).
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_init "$@"
out="$here/bench/out/html-$n"
clean() { rm -rf "$out"; }
bench_best 3 clean ./fejdoc build --sans-catalogue --format html --out "$out" -q "$projects"
docs=$(find "$out" -name '*.html' | wc -l)
echo "html: $n projets, $docs documents en ${best} ms (meilleur de 3, vérification et JVM comprises) ;" \
  "$(per_second "$docs" "$best") documents/s ; $(( $(du -sk "$out" | cut -f1) / 1024 )) Mo écrits ;" \
  "mémoire max $best_rss Mo ; $(nproc) cœurs"
