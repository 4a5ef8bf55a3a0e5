#!/usr/bin/env bash
# Benchmark of `fejdoc check` over N synthetic projects (default 1,000).
# Usage: bench/check.sh [N] [SEED]
# Prints the wall time of the check (generation excluded; best of 3 after one run that warms the
# file cache), the time per project and the JVM's peak resident memory.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_init "$@"
check=(./fejdoc check --format json -o "$here/bench/out/check.json" "$projects")
bench_best 1 nothing "${check[@]}"
bench_best 3 nothing "${check[@]}"
echo "check: $n projets en ${best} ms (meilleur de 3, JVM comprise) ;" \
  "$(awk "BEGIN{printf \"%.2f\", $best/$n}") ms/projet ; mémoire max $best_rss Mo ; $(nproc) cœurs"
