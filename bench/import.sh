#!/usr/bin/env bash
# Benchmark of the importer's reading, warm: the time to read one document (PDF or DOCX) into a
# Source and run the form readers over it, measured in one JVM (bench/ImportBench.java run with
# the fejdoc jar) after an unmeasured warm-up, median of RUNS passes. The documents are those
# `fejdoc build` writes for N synthetic projects (default 20): the longest PDF (pages counted
# from its page tree) and the DOCX of the same document.
# Usage: bench/import.sh [N] [SEED]      Outputs go to bench/out/ (git-ignored).
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_init "${1:-20}" "${2:-1}"
out="$here/bench/out/import-$n"
rm -rf "$out"
./fejdoc build --sans-catalogue --format pdf,docx --out "$out" -q "$projects" >/dev/null 2>&1 || true
pages() { LC_ALL=C grep -aoE "/Type/Pages/Count [0-9]+(/Parent)?" "$1" | grep -v Parent | awk '{print $2}' | sort -n | tail -1; }
best_pdf=""
best_pages=0
while IFS= read -r -d '' f; do
  p=$(pages "$f")
  if [ "${p:-0}" -gt "$best_pages" ]; then best_pages=$p; best_pdf=$f; fi
done < <(find "$out" -name '*.pdf' -print0)
docx="${best_pdf%.pdf}.docx"
. "$here/scripts/find-jdk.sh"
fejdoc_find_jdk
echo "import : ${best_pdf#$here/} ($best_pages pages) et sa version DOCX ; $(nproc) cœurs"
"$JAVA_HOME/bin/java" -XX:+UseParallelGC -cp "$here/target/fejdoc.jar" "$here/bench/ImportBench.java" \
  "$best_pdf" "$docx" 2>/dev/null
