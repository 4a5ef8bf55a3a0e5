# Sourced by ./fejdoc and by bin/fejdoc of the release archives (scripts/release): the start-up
# caches, the compiler and memory flags, then the program. Needs JAVA_HOME and FEJDOC_JAVA_MAJOR
# (scripts/find-jdk.sh sets both).
#
#   fejdoc_launch JAR AOT_PREFIX CDS_FILE PROJECTS ARGS...
#
# JAR: the program. AOT_PREFIX: where the ahead-of-time caches of a JDK >= 25 go
# ("AOT_PREFIX-check.aot", "AOT_PREFIX-build.aot"); CDS_FILE: the class-data archive of a JDK
# 21-24; both empty: no cache (a folder the user cannot write). PROJECTS: the example projects the
# caches are trained on. ARGS: the command line. Descriptor 9, the launch lock, is closed before
# the program runs.

# fejdoc_kind ARGS...: sets FEJDOC_KIND to the cache a command line uses: "check" for the short
# commands, "build" for the others
fejdoc_kind() {
  case "${1:-}" in
    check | catalogue | generate | nouveau | -V | --version | -h | --help | "") FEJDOC_KIND=check ;;
    *) FEJDOC_KIND=build ;;
  esac
}

# fejdoc_caches_made JAR AOT_PREFIX CDS_FILE ARGS...: true when the start-up cache this command line
# uses is made and not older than the jar (no launch will write it: no need to wait for others)
fejdoc_caches_made() {
  local jar="$1" aot_prefix="$2" cds="$3"
  shift 3
  fejdoc_kind "$@"
  if [ "${FEJDOC_JAVA_MAJOR:-21}" -ge 25 ]; then
    [ -z "$aot_prefix" ] || { [ -f "$aot_prefix-$FEJDOC_KIND.aot" ] && ! [ "$jar" -nt "$aot_prefix-$FEJDOC_KIND.aot" ]; }
  else
    [ -z "$cds" ] || [ -f "$cds" ]
  fi
}

# fejdoc_long_build ARGS...: true for a build that lays out many projects (300 or more folders
# with an experiment.yaml among those named, or in "projects" when none is), with --force or into
# an output folder fejdoc has not written yet (no .fejdoc-output marker). A rebuild lays out only
# what changed: not a long build. Measured first builds: the quick compiler alone ~75 ms per
# project; the optimising one ~9 s of its own work, then ~48 ms per project: they cross near 300.
# Built-in tests only.
fejdoc_long_build() {
  [ "${1:-}" = build ] || return 1
  shift
  local out=output count=0 named=0 arg f expect_out=0 force=0
  local dirs=()
  for arg in "$@"; do
    if [ "$expect_out" = 1 ]; then out="$arg"; expect_out=0; continue; fi
    case "$arg" in
      --force) force=1 ;;
      --out) expect_out=1 ;;
      --out=*) out="${arg#--out=}" ;;
      -*) ;;
      *) named=1; [ -d "$arg" ] && dirs+=("$arg") ;;
    esac
  done
  [ "$named" = 1 ] || dirs=(projects)
  [ "$force" = 1 ] || [ ! -e "$out/.fejdoc-output" ] || return 1
  for arg in "${dirs[@]}"; do
    [ -f "$arg/experiment.yaml" ] && count=$((count + 1))
    for f in "$arg"/*/experiment.yaml; do
      [ -f "$f" ] && count=$((count + 1))
      [ "$count" -ge 300 ] && return 0
    done
  done
  return 1
}

fejdoc_launch() {
  local jar="$1" aot_prefix="$2" cds="$3" projects="$4" kind aot training
  shift 4
  local train=() warm=() jit=() heap=()
  # Start-up and warm-up. A JDK >= 25 gets an ahead-of-time cache (classes loaded and linked,
  # method profiles) from a training build of the example projects, made once per jar; older JDKs
  # get a class-data archive made on first run. Then the just-in-time compilers: short runs (check,
  # catalogue, generate) do best with the quick compiler alone; long builds with the optimising
  # one, inlining less (half its compile time on two cores). Measured in bench/README.md.
  # Two caches: one trained by checking the example projects, for the short commands (loading the
  # classes of every writer would cost them more than it saves), one trained by building them.
  fejdoc_kind "$@"
  kind="$FEJDOC_KIND"
  if [ "${FEJDOC_JAVA_MAJOR:-21}" -ge 25 ]; then
    if [ -n "$aot_prefix" ]; then
      aot="$aot_prefix-$kind.aot"
      if [ ! -f "$aot" ] || [ "$jar" -nt "$aot" ]; then
        training="$(mktemp -d)"
        if [ "$kind" = check ]; then train=(check "$projects"); else train=(build "$projects" --out "$training/output" -q); fi
        # the training's own result does not matter (a project in error still trains the rest);
        # the cache is written aside and moved in place, so that two launches never share a
        # half-written one
        "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$training/fejdoc.aot" -Xlog:aot=off -Xlog:cds=off \
          -XX:+UseParallelGC -jar "$jar" "${train[@]}" >/dev/null 2>&1 || true
        [ -s "$training/fejdoc.aot" ] && mv -f "$training/fejdoc.aot" "$aot.$$" && mv -f "$aot.$$" "$aot"
        rm -rf "$training"
      fi
      warm=(-XX:AOTCache="$aot" -Xlog:aot=off -Xlog:cds=off)
      [ -f "$aot" ] || warm=()
    fi
  elif [ -n "$cds" ]; then
    warm=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$cds" -Xlog:cds=off -Xlog:cds+dynamic=off)
  fi
  # Then the just-in-time compilers. The quick one alone serves every run but the long ones: its
  # code is slower, but the optimising compiler's own work (half the processor of a short build on
  # two cores) pays back only over minutes. Measured (bench/README.md): one project built cold
  # 1.0 s with the quick compiler alone against 1.5 s; one project changed among 1,000, 2.4 s
  # against 3.0 s; 200 projects from nothing 15.2 s against 18.2 s; but a first build of 1,000
  # projects 73 s against 56-61 s.
  if [ "$kind" = check ] || ! fejdoc_long_build "$@"; then
    jit=(-XX:TieredStopAtLevel=1 -XX:-UsePerfData)
  else
    jit=(-XX:MaxInlineLevel=4 -XX:FreqInlineSize=60 -XX:InlineSmallCode=500)
  fi
  # Memory: a build keeps one project at a time (two layouts per core) and the catalogue its own
  # rows (the first 2,000 in memory, the others on disk) and one printed volume, so its live data
  # stays far below this bound (a 900-project catalogue builds within 300 MB); without it, the
  # collector grows the heap with the length of the run, up to a quarter of the machine. 768 MB:
  # 1,000 projects then 3,000 built at 784–915 then 933 MB peak, and a first build of 1,000 in
  # 56 s against 62 s with 1.5 GB (bench/README.md). FEJDOC_HEAP changes it (e.g.
  # FEJDOC_HEAP=4g for a catalogue of tens of thousands of projects).
  heap=(-Xmx"${FEJDOC_HEAP:-768m}")
  exec 9>&- # the program itself runs unlocked
  exec "$JAVA_HOME/bin/java" "${warm[@]}" "${jit[@]}" "${heap[@]}" -XX:+UseParallelGC -jar "$jar" "$@"
}
