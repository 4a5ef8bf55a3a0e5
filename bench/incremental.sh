#!/usr/bin/env bash
# Incremental builds: every document of N synthetic projects (default 1,000) in every format and
# the catalogue, built once from nothing, then again with nothing changed, then again after one
# project's Markdown was edited (the project rebuilds, and the catalogue parts showing it).
# Usage: bench/incremental.sh [N] [SEED]      Outputs go to bench/out/ (git-ignored).
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_init "$@"
out="$here/bench/out/incremental-$n"
clean() { rm -rf "$out"; }
bench_best 1 clean ./fejdoc build --out "$out" -q "$projects"
first=$best first_rss=$best_rss
bench_best 3 nothing ./fejdoc build --out "$out" -q "$projects"
unchanged=$best unchanged_rss=$best_rss
md="$(find "$projects" -name '*.md' | sort | awk 'NR == 1')"
cp "$md" "$here/bench/out/edited.md.orig"
edit() { printf '\nPhrase ajoutée %s.\n' "$(date +%s%N)" >>"$md"; }
bench_best 3 edit ./fejdoc build --out "$out" -q "$projects"
one=$best
cp "$here/bench/out/edited.md.orig" "$md"
echo "incrémental : $n projets ; première construction $(( first / 1000 )),$(( first % 1000 / 100 )) s" \
  "($first_rss Mo) ; rien de changé ${unchanged} ms ($unchanged_rss Mo) ; un projet changé ${one} ms ;" \
  "$(nproc) cœurs"
