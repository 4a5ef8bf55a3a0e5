#!/usr/bin/env bash
# fejdoc beside the tools a holder would otherwise script, on the same restitution-sized document
# (projects/AP1_027: its note de restitution finale, 15 pages in PDF), per document, cold (a new
# process each time: what one command costs) and warm (fejdoc: the same JVM, check included, as a
# rebuild after a save does; bench/PeersBench.java). Best of RUNS cold runs.
#   - pandoc (Debian package) on the same Markdown: HTML (standalone) and DOCX. pandoc does less:
#     it renders the holder's narrative only, without the form (cover, fiche synthétique, tables
#     from experiment.yaml) and without checks.
#   - Chromium headless, HTML → PDF (`--print-to-pdf`) of fejdoc's own HTML: the usual way to get
#     a PDF out of an HTML template engine (pandoc has no PDF writer without LaTeX).
# A peer that is not installed is said, not measured (apt-get install pandoc chromium).
# Usage: bench/peers.sh [RUNS]      Outputs go to bench/out/ (git-ignored).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
cd "$here"
mkdir -p bench/out
./fejdoc --version >/dev/null
work="$here/bench/out/peers"
rm -rf "$work"
mkdir -p "$work"
project="$here/projects/AP1_027"
md="$project/restitution-finale.md"
best_of() { # best_of COMMAND...: best wall time (ms) of $runs runs, output dropped
  local best="" start end ms
  for _ in $(seq 1 "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || { echo "échec : $*" >&2; return 1; }
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}
. "$here/scripts/find-jdk.sh"
fejdoc_find_jdk
echo "pairs : restitution finale de projects/AP1_027 ; meilleur de $runs passages à froid ; $(nproc) cœurs"
printf '%-28s %8s %8s\n' "outil, format" "à froid" "à chaud"
warm=$("$JAVA_HOME/bin/java" -XX:+UseParallelGC -cp "$here/target/fejdoc.jar" "$here/bench/PeersBench.java" \
  "$project" restitution-finale "$work/chaud" html pdf docx 2>/dev/null)
for f in html pdf docx; do
  cold=$(best_of ./fejdoc build --force --sans-catalogue --doc restitution-finale --format "$f" \
    --out "$work/fejdoc" "$project")
  w=$(echo "$warm" | awk -v f="$f" '$1 == f { print $2 }')
  printf '%-28s %6s ms %6s ms\n' "fejdoc $f" "$cold" "$w"
done
if command -v pandoc >/dev/null 2>&1; then
  for f in html docx; do
    cold=$(best_of pandoc "$md" -s --metadata title=Restitution -o "$work/pandoc.$f")
    printf '%-28s %6s ms %8s\n' "pandoc $(pandoc --version | head -n 1 | cut -d' ' -f2) $f" "$cold" "—"
  done
else
  echo "pandoc : absent (apt-get install pandoc), non mesuré"
fi
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$chromium" ]; then
  html="$work/fejdoc/AP1_027/restitution-finale.html"
  cold=$(best_of "$chromium" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$work/chromium.pdf" "file://$html")
  printf '%-28s %6s ms %8s\n' "chromium HTML → PDF" "$cold" "—"
else
  echo "chromium : absent (apt-get install chromium), non mesuré"
fi
