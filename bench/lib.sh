# Shared by the bench/*.sh scripts (sourced, not run). After `bench_init "$@"`:
#   $here      the repository, also the working folder
#   $n, $seed  the number of synthetic projects (default 1,000) and the generator's seed (1)
#   $projects  bench/out/projects-N: the N projects, generated once and reused by every script
# The jar is built (and the launcher's caches made) before anything is measured.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

bench_init() {
  n="${1:-1000}"
  seed="${2:-1}"
  projects="$here/bench/out/projects-$n"
  cd "$here"
  mkdir -p "$here/bench/out"
  ./fejdoc --version >/dev/null
  if [ ! -d "$projects" ] || [ "$(ls "$projects" | wc -l)" -ne "$n" ]; then
    rm -rf "$projects"
    ./fejdoc generate --count "$n" --seed "$seed" --out "$projects" >/dev/null
  fi
}

# bench_best RUNS CLEAN COMMAND...: runs COMMAND (a program, not a shell function) (its output dropped, its exit status ignored)
# RUNS times, calling the shell function CLEAN before each run; sets $best (the shortest wall
# time, ms) and $best_rss (that run's peak resident memory, MB).
bench_best() {
  local runs="$1" clean="$2" start end ms
  shift 2
  best=""
  best_rss=""
  for _ in $(seq 1 "$runs"); do
    "$clean"
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$here/bench/out/maxrss" "$@" >/dev/null 2>"$here/bench/out/stderr" || true
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then
      best=$ms
      best_rss=$(( $(tail -n 1 "$here/bench/out/maxrss") / 1024 ))
    fi
  done
}

# per_second COUNT MS: COUNT per second, rounded
per_second() { awk -v c="$1" -v ms="$2" 'BEGIN { printf "%.0f", c * 1000 / ms }'; }

nothing() { :; }
