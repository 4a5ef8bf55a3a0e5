#!/usr/bin/env bash
# Benchmark of `fejdoc build --format pdf` over N synthetic projects (default 1,000): wall time
# (checks included, JVM included), documents/s, pages/s, and the JVM's peak resident memory.
# Usage: bench/pdf.sh [N] [SEED]      Outputs go to bench/out/ (git-ignored).
# Pages are counted with pdfinfo (poppler-utils) when installed, else from each file's /Count.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000}"
seed="${2:-1}"
projects="$here/bench/out/pdf-$n"
out="$here/bench/out/pdf-out"
cd "$here"
./fejdoc --version >/dev/null   # builds the jar if needed, outside the measure
if [ ! -d "$projects" ] || [ "$(ls "$projects" | wc -l)" -ne "$n" ]; then
  rm -rf "$projects"
  ./fejdoc generate --count "$n" --seed "$seed" --out "$projects" >/dev/null
fi
best=""
for i in 1 2 3; do
  rm -rf "$out"
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$here/bench/out/maxrss" \
    ./fejdoc build --sans-catalogue --format pdf --out "$out" "$projects" -q >/dev/null || true
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
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
bytes=$(du -sk "$out" | cut -f1)
rss_kb=$(tail -n 1 "$here/bench/out/maxrss")
echo "pdf: $n projets, $docs documents, $pages pages en ${best} ms (meilleur de 3, vérification et JVM comprises) ;" \
  "$(awk "BEGIN{printf \"%.0f\", $docs*1000/$best}") documents/s ;" \
  "$(awk "BEGIN{printf \"%.0f\", $pages*1000/$best}") pages/s ; $(( bytes / 1024 )) Mo écrits ;" \
  "mémoire max $(( rss_kb / 1024 )) Mo ; $(nproc) cœurs"
