#!/usr/bin/env bash
# Each format's writer alone, warm, per document (bench/FormatsBench.java): the restitution finale
# of projects/AP1_027 in HTML, PDF (tagged, and without its structure tree: the cost of PDF/UA),
# DOCX and ODT; its annexes in XLSX and ODS. Median and best of RUNS (31) after 20 unmeasured.
# Usage: bench/formats.sh [RUNS]
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
runs="${1:-31}"
. "$here/scripts/find-jdk.sh"
fejdoc_find_jdk
"$here/fejdoc" --version >/dev/null # builds the jar if needed
echo "document format médiane_ms meilleur_ms octets"
for spec in "restitution-finale html pdf pdf-sans-balisage docx odt" "annexes html pdf pdf-sans-balisage docx odt xlsx ods"; do
  set -- $spec
  doc="$1"; shift
  "$JAVA_HOME/bin/java" -XX:+UseParallelGC -Druns="$runs" -cp "$here/target/fejdoc.jar" \
    "$here/bench/FormatsBench.java" "$here/projects/AP1_027" "$doc" "$@" 2>/dev/null | sed "s/^/$doc /"
done
