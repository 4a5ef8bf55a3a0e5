#!/usr/bin/env bash
# Runs each fuzz target of src/test/java/fr/fejdoc/fuzz in fuzzing mode (Jazzer), one after the
# other, and sums the executions. See docs/fuzzing.md.
#
# Usage: scripts/fuzz.sh [SECONDS-PER-TARGET] [Class#method...]
#   SECONDS-PER-TARGET   default 300
#   Class#method         default: every target below
#   FUZZ_KEEP_GOING=N    go on after a finding, until N distinct ones (each input kept)
#
# An input that throws, breaks a property or runs over 10 s stops its target and is written to
# src/test/resources/fr/fejdoc/fuzz/<Class>Inputs/<method>/ (crash-*, timeout-*): committed there,
# it runs in every build from then on (regression mode), so fix the bug first, or move the file to
# src/test/resources/fr/fejdoc/fuzz/found/ to report it. The corpus the fuzzer grows is kept in
# target/fuzz/corpus/ (reused by the next run), the logs in target/fuzz/logs/.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

seconds="${1:-300}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  echo "usage: scripts/fuzz.sh [SECONDS-PER-TARGET] [Class#method...]" >&2
  exit 2
fi
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    ExperimentYamlFuzzTest#experimentYaml
    DocumentFuzzTest#document
    MarkupFuzzTest#markup
    MarkupFuzzTest#markupWriters
    ProjectFuzzTest#project
  )
fi

# Per input: 10 s at most (libFuzzer's -timeout; the JUnit timeout of the annotations is a hang
# guard for regression mode only, switched off here since a fuzzing run is one long invocation).
per_input_timeout=10
out="target/fuzz"
mkdir -p "$out/logs"

echo "fuzz: compiling the tests"
if ! ./mvn21 -q test-compile >"$out/logs/compile.log" 2>&1; then
  cat "$out/logs/compile.log" >&2
  exit 1
fi

total=0
failed=0
summary=()
for t in "${targets[@]}"; do
  class="${t%%#*}"
  method="${t#*#}"
  corpus="$out/corpus/$class/$method"
  inputs="src/test/resources/fr/fejdoc/fuzz/${class}Inputs/$method"
  log="$out/logs/$class-$method.log"
  mkdir -p "$corpus" "$inputs"
  echo "fuzz: $class#$method for ${seconds} s (log: $log)"
  start=$(date +%s)
  # -XX:-OmitStackTraceInFastThrow: a hot exception keeps its stack; -Xmx: one bad input must not
  # take the machine's memory (an OutOfMemoryError is a finding like any other). Coverage is
  # measured in fejdoc and in the YAML and Markdown parsers it drives.
  JAZZER_FUZZ=1 JAVA_TOOL_OPTIONS="-XX:-OmitStackTraceInFastThrow -Xmx2g" \
    ./mvn21 surefire:test \
    -Dtest="fr.fejdoc.fuzz.$class#$method" \
    -Dsurefire.failIfNoSpecifiedTests=false \
    -Djunit.jupiter.execution.timeout.mode=disabled \
    -Djazzer.internal.arg.0=fuzz \
    -Djazzer.internal.arg.1="$corpus" \
    -Djazzer.internal.arg.2="-max_total_time=$seconds" \
    -Djazzer.internal.arg.3="-timeout=$per_input_timeout" \
    -Djazzer.internal.arg.4="-artifact_prefix=$inputs/" \
    -Djazzer.internal.arg.5="-print_final_stats=1" \
    ${FUZZ_KEEP_GOING:+-Djazzer.keep_going=$FUZZ_KEEP_GOING} \
    -Djazzer.instrumentation_includes="fr.fejdoc.**:org.snakeyaml.**:com.vladsch.flexmark.**" \
    >"$log" 2>&1
  status=$?
  elapsed=$(($(date +%s) - start))
  # libFuzzer's count of executions: the final statistics, else "Done N runs", else the last "#N".
  runs=$(grep -a -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  [ -z "$runs" ] && runs=$(grep -a -o 'Done [0-9]* runs' "$log" | tail -1 | grep -o '[0-9][0-9]*')
  [ -z "$runs" ] && runs=$(grep -a -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
  [ -z "$runs" ] && runs=0
  total=$((total + runs))
  rate=$(grep -a -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  [ -z "$rate" ] && rate=$((runs / seconds))
  # with FUZZ_KEEP_GOING the run ends normally after findings: count them in the log
  findings=$(grep -a -c 'Test unit written to' "$log")
  if [ $status -eq 0 ] && [ "$findings" -eq 0 ]; then
    verdict="ok"
  else
    failed=$((failed + 1))
    verdict="FINDING (exit $status, $findings input(s))"
    found=$(grep -a -o "Test unit written to [^ ]*" "$log" | sed 's/Test unit written to //' | sort -u | tr '\n' ' ')
    [ -n "$found" ] && verdict="$verdict, inputs: $found"
    grep -a -E '== Java Exception:|FuzzTestFindingException:|ERROR: libFuzzer: timeout' "$log" | sort -u | head -5 | cut -c1-300 | sed 's/^/  /'
  fi
  line=$(printf '%-44s %10d executions  %7d/s  %5d s  %s' "$class#$method" "$runs" "$rate" "$elapsed" "$verdict")
  echo "fuzz: $line"
  summary+=("$line")
done

echo
echo "fuzz: summary (${seconds} s per target)"
for l in "${summary[@]}"; do echo "  $l"; done
echo "  total: $total executions, $failed target(s) with a finding"
[ $failed -eq 0 ]
