#!/usr/bin/env bash
# Benchmark of `fejdoc build --format docx,xlsx` over N synthetic projects (default 1,000).
# Usage: bench/docx.sh [N] [SEED] [RUNS]
# Prints the DOCX and XLSX documents written per second (the JVM's start and the checks
# included, generation excluded), the wall time and the JVM's peak resident memory, best of
# RUNS runs (default 2). Outputs go to bench/out/ (git-ignored).
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_init "$@"
runs="${3:-2}"
out="$here/bench/out/docx-$n"
clean() { rm -rf "$out"; }
bench_best "$runs" clean ./fejdoc build --sans-catalogue --format docx,xlsx --out "$out" -q "$projects"
if grep -q "StatusLogger\|logging provider" "$here/bench/out/stderr"; then
  echo "attention : journal log4j sur la sortie d'erreur" >&2
fi
docx=$(find "$out" -name '*.docx' | wc -l)
xlsx=$(find "$out" -name '*.xlsx' | wc -l)
docx_bytes=$(find "$out" -name '*.docx' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
xlsx_bytes=$(find "$out" -name '*.xlsx' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
awk -v n="$n" -v ms="$best" -v d="$docx" -v x="$xlsx" -v db="$docx_bytes" -v xb="$xlsx_bytes" \
  -v rss="$best_rss" -v cores="$(nproc)" -v runs="$runs" 'BEGIN {
  s = ms / 1000;
  printf "docx+xlsx : %d projets, %d DOCX (%.1f Mo) + %d XLSX (%.1f Mo) en %d ms (meilleur de %d, JVM et vérifications comprises)\n", n, d, db / 1048576, x, xb / 1048576, ms, runs;
  printf "  %.1f documents/s (%.1f DOCX/s + %.1f XLSX/s) ; %.2f ms/document ; mémoire max %d Mo ; %d cœurs\n", (d + x) / s, d / s, x / s, ms / (d + x), rss, cores;
}'
