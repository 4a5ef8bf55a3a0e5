#!/usr/bin/env bash
# Issue 11's mixed build: N sound synthetic projects (default 1,000) and H hostile ones (default
# 50: every class of fr.fejdoc.badinput.HostileProjects in turn), built in every format with the
# catalogue. Prints the time, the exit code (1 expected), how many sound projects got their
# documents, how many hostile ones were built or listed with an error, and any line that looks like
# Java on the console (none expected). Usage: bench/hostile.sh [N] [H] [SEED]
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
n="${1:-1000}"
h="${2:-50}"
seed="${3:-1}"
cd "$here"
./fejdoc --version >/dev/null
./mvn21 -q test-compile >/dev/null
dir="$here/bench/out/hostile-$n-$h"
out="$here/bench/out/hostile-$n-$h-out"
rm -rf "$dir" "$out"
jdk="$(. scripts/find-jdk.sh && fejdoc_find_jdk && echo "$JAVA_HOME")"
"$jdk/bin/java" -cp target/test-classes:target/fejdoc.jar fr.fejdoc.badinput.HostileProjects "$dir" "$n" "$h" "$seed"
start=$(date +%s%N)
set +e
/usr/bin/time -f "%M" -o "$here/bench/out/maxrss" ./fejdoc build "$dir" --out "$out" -q >"$here/bench/out/hostile.out" 2>&1
code=$?
set -e
end=$(date +%s%N)
ms=$(( (end - start) / 1000000 ))
sound_ok=0
for p in "$dir"/*; do
  name="$(basename "$p")"
  case "$name" in H[0-9][0-9][0-9]-*) continue ;; esac
  [ -f "$out/$name/.fejdoc-build" ] && sound_ok=$((sound_ok + 1)) # built whole (stamped)
done
hostile_built=0
hostile_listed=0
for p in "$dir"/H[0-9][0-9][0-9]-*; do
  name="$(basename "$p")"
  if [ -f "$out/$name/.fejdoc-build" ]; then
    hostile_built=$((hostile_built + 1))
  elif awk -v p="$name" '/^[^ ]/ { f = index($0, p) > 0 } f && /^ +[^ ]+ +erreur +FEJ[0-9]+/ { found = 1 } END { exit !found }' "$here/bench/out/hostile.out"; then
    hostile_listed=$((hostile_listed + 1))
  fi
done
java_lines=$(grep -cE '	at |Exception|java\.|StackOverflow|OutOfMemory' "$here/bench/out/hostile.out" || true)
echo "mixte : $n projets sains + $h hostiles en $(( ms / 1000 )) s ; code de sortie $code ;" \
  "$sound_ok/$n sains construits ; hostiles : $hostile_built construits, $hostile_listed signalés en erreur ;" \
  "catalogue : $( [ -s "$out/catalogue/index.html" ] && echo écrit || echo ABSENT ) ;" \
  "lignes « Java » : $java_lines ; mémoire max $(( $(tail -n 1 "$here/bench/out/maxrss") / 1024 )) Mo"
