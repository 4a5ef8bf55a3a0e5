#!/usr/bin/env bash
# Live preview: from saving a file to the reloaded page, with `fejdoc apercu` running on a copy of
# the restitution-sized example (projects/AP1_027: note de restitution finale and its annexes).
# bench/PreviewBench.java listens to the event stream as a page does, saves the Markdown (then
# experiment.yaml) RUNS times, and after each reload event reads the page again until it shows the
# new text. Target: ≤ 300 ms. Runs no other bench and generates no synthetic project.
# Usage: bench/preview.sh [RUNS]      Outputs go to bench/out/ (git-ignored).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-20}"
cd "$here"
mkdir -p bench/out
./fejdoc --version >/dev/null
work="$here/bench/out/preview"
rm -rf "$work"
mkdir -p "$work"
cp -r projects/AP1_027 "$work/AP1_027"
log="$work/apercu.log"
./fejdoc apercu "$work/AP1_027" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
address=""
for _ in $(seq 1 3000); do
  address=$(grep -oE 'http://127\.0\.0\.1:[0-9]+/' "$log" | head -n 1 || true)
  [ -n "$address" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 2; }
  sleep 0.1
done
[ -n "$address" ] || { echo "apercu : pas d'adresse annoncée" >&2; exit 2; }
. "$here/scripts/find-jdk.sh"
fejdoc_find_jdk
echo "apercu : AP1_027 (restitution-finale) sur $address ; $(nproc) cœurs"
"$JAVA_HOME/bin/java" "$here/bench/PreviewBench.java" "$address" "$work/AP1_027" restitution-finale "$runs"
