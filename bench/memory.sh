#!/usr/bin/env bash
# Peak memory of a whole build (every format and the catalogue) for N and 3 × N synthetic projects
# (default 1,000 and 3,000): memory must follow the largest project, not the number of projects.
# Usage: bench/memory.sh [N]      Outputs go to bench/out/ (git-ignored).
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
small="${1:-1000}"
for count in "$small" $(( 3 * small )); do
  bench_init "$count"
  out="$here/bench/out/memory-$count"
  clean() { rm -rf "$out"; }
  bench_best 1 clean ./fejdoc build --out "$out" -q "$projects"
  echo "mémoire : $count projets, construction complète en $(( best / 1000 )) s, mémoire max $best_rss Mo"
  rm -rf "$out"
done
