#!/usr/bin/env bash
# Benchmark of `fejdoc build --format pdf` over N synthetic projects (default 1,000): wall time
# (checks and JVM included, best of 3), documents/s, pages/s, and the JVM's peak memory.
# Usage: bench/pdf.sh [N] [SEED]      Outputs go to bench/out/ (git-ignored).
# Pages are counted with pdfinfo (poppler-utils) when installed, else from each file's /Count.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_init "$@"
out="$here/bench/out/pdf-$n"
clean() { rm -rf "$out"; }
bench_best 3 clean ./fejdoc build --sans-catalogue --format pdf --out "$out" -q "$projects"
docs=$(find "$out" -name '*.pdf' | wc -l)
if command -v pdfinfo >/dev/null 2>&1; then
  pages=$(find "$out" -name '*.pdf' -print0 \
    | xargs -0 -n 50 -P "$(nproc)" sh -c 'for f; do pdfinfo "$f" | awk "/^Pages:/{print \$2}"; done' _ \
    | awk '{s+=$1} END{print s+0}')
else
  # the root of the page tree (the /Pages without a /Parent) holds the total
  pages=$(find "$out" -name '*.pdf' -print0 \
    | xargs -0 -n 50 sh -c 'for f; do LC_ALL=C grep -aoE "/Type/Pages/Count [0-9]+(/Parent)?" "$f" | grep -v Parent | awk "{print \$2}"; done' _ \
    | awk '{s+=$1} END{print s+0}')
fi
echo "pdf: $n projets, $docs documents, $pages pages en ${best} ms (meilleur de 3, vérification et JVM comprises) ;" \
  "$(per_second "$docs" "$best") documents/s ; $(per_second "$pages" "$best") pages/s ;" \
  "$(( $(du -sk "$out" | cut -f1) / 1024 )) Mo écrits ; mémoire max $best_rss Mo ; $(nproc) cœurs"
