#!/usr/bin/env bash
# Benchmark of `fejdoc build --format html` over N synthetic projects (default 1,000):
# wall time (checks included, JVM included), documents/s and the JVM's peak resident memory.
# Usage: bench/html.sh [N] [SEED]      Outputs go to bench/out/ (git-ignored).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000}"
seed="${2:-1}"
projects="$here/bench/out/check-$n"
out="$here/bench/out/html-$n"
cd "$here"
./fejdoc --version >/dev/null
if [ ! -d "$projects" ] || [ "$(ls "$projects" | wc -l)" -ne "$n" ]; then
  rm -rf "$projects"
  ./fejdoc generate --count "$n" --seed "$seed" --out "$projects" >/dev/null
fi
best=""
for i in 1 2 3; do
  rm -rf "$out"
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$here/bench/out/maxrss" ./fejdoc build --sans-catalogue --format html --out "$out" -q "$projects" >/dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
docs=$(find "$out" -name '*.html' | wc -l)
bytes=$(du -sk "$out" | cut -f1)
rss_kb=$(tail -n 1 "$here/bench/out/maxrss")
echo "html: $n projets, $docs documents en ${best} ms (meilleur de 3, vérification et JVM comprises) ;" \
  "$(awk "BEGIN{printf \"%.0f\", $docs*1000/$best}") documents/s ; $(( bytes / 1024 )) Mo écrits ;" \
  "mémoire max $(( rss_kb / 1024 )) Mo ; $(nproc) cœurs"
