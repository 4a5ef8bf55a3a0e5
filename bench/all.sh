#!/usr/bin/env bash
# Benchmark of the whole build: every document of N synthetic projects (default 1,000) in every
# format (HTML, PDF, DOCX; XLSX for the annexes) and the catalogue, checks and JVM start included.
# Usage: bench/all.sh [N] [SEED]      Outputs go to bench/out/ (git-ignored).
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_init "$@"
out="$here/bench/out/all-$n"
clean() { rm -rf "$out"; }
bench_best 1 clean ./fejdoc build --out "$out" -q "$projects"
files=$(find "$out" -type f | wc -l)
echo "tout : $n projets, $files fichiers (html, pdf, docx, xlsx, catalogue) en $(( best / 1000 )) s ;" \
  "$(per_second "$files" "$best") fichiers/s ; mémoire max $best_rss Mo ; $(nproc) cœurs"
