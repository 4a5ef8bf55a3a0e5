#!/usr/bin/env bash
# Benchmark of the whole build: every document of N synthetic projects (default 1,000) in every
# format (HTML, PDF, DOCX; XLSX for the annexes), checks and JVM start included.
# Usage: bench/all.sh [N] [SEED]      Outputs go to bench/out/ (git-ignored).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000}"
seed="${2:-1}"
projects="$here/bench/out/check-$n"
out="$here/bench/out/all-$n"
cd "$here"
./fejdoc --version >/dev/null
if [ ! -d "$projects" ] || [ "$(ls "$projects" | wc -l)" -ne "$n" ]; then
  rm -rf "$projects"
  ./fejdoc generate --count "$n" --seed "$seed" --out "$projects" >/dev/null
fi
rm -rf "$out"
start=$(date +%s%N)
/usr/bin/time -f "%M" -o "$here/bench/out/maxrss" ./fejdoc build --out "$out" -q "$projects" >/dev/null
end=$(date +%s%N)
ms=$(( (end - start) / 1000000 ))
files=$(find "$out" -type f | wc -l)
rss_kb=$(tail -n 1 "$here/bench/out/maxrss")
echo "tout : $n projets, $files fichiers (html, pdf, docx, xlsx) en $(( ms / 1000 )) s ;" \
  "$(awk "BEGIN{printf \"%.0f\", $files*1000/$ms}") fichiers/s ; mémoire max $(( rss_kb / 1024 )) Mo ; $(nproc) cœurs"
