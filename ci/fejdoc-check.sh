#!/usr/bin/env bash
# fejdoc check for CI and commit hooks: the one step of the GitHub Action (action.yml), the GitLab
# template (ci/gitlab/fejdoc.gitlab-ci.yml) and the pre-commit hook (.pre-commit-hooks.yaml).
#
#   ci/fejdoc-check.sh             checks $FEJDOC_PROJECTS (default: projects)
#   ci/fejdoc-check.sh FILE...     checks the projects holding these files (as pre-commit passes
#                                  them): the nearest folder upwards with an experiment.yaml;
#                                  a file in no project is left alone
#
# Environment, all optional:
#   FEJDOC              the launcher to run (default: ./fejdoc of the repository holding this
#                       script); e.g. bin/fejdoc of an unpacked fejdoc-<version>.zip or
#                       fejdoc-<version>-linux-x64.tar.gz
#   FEJDOC_ARCHIVE      a release archive (.zip or .tar.gz) to unpack and run when FEJDOC is unset
#   FEJDOC_HOME         where the archive is unpacked (default: $RUNNER_TEMP or $TMPDIR, fejdoc-home)
#   FEJDOC_PROJECTS     project folders or folders of projects, separated by spaces
#   FEJDOC_LANG         fr (default) or en
#   FEJDOC_REPORTS      what to write, separated by spaces (default: text):
#                         text or github   on standard output (github: workflow annotations)
#                         sarif            SARIF 2.1.0 in $FEJDOC_SARIF (default: fejdoc.sarif)
#                         codequality      GitLab's code-quality report in $FEJDOC_CODEQUALITY
#                                          (default: gl-code-quality-report.json)
#   FEJDOC_STRICT       true: warnings and accepted findings fail too (--strict)
#   FEJDOC_DOCS_URL     the public address of fejdoc's docs/ folder, for the SARIF rules' links
#
# One run of fejdoc check writes the console report and the files (--rapport FORMAT=FILE). Exit
# code: that of fejdoc check (0 no error, 1 errors found, 2 usage or reading problem); the reports
# are written in every case but 2.
set -u

here=$(cd "$(dirname "$0")" && pwd)

fail() {
  echo "fejdoc-check: $*" >&2
  exit 2
}

# ---- the launcher ------------------------------------------------------------------------------
launcher=${FEJDOC:-}
if [ -z "$launcher" ] && [ -n "${FEJDOC_ARCHIVE:-}" ]; then
  [ -f "$FEJDOC_ARCHIVE" ] || fail "archive not found: $FEJDOC_ARCHIVE"
  home=${FEJDOC_HOME:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/fejdoc-home}
  if [ ! -d "$home" ]; then
    mkdir -p "$home.part" || fail "cannot create $home"
    case "$FEJDOC_ARCHIVE" in
      *.tar.gz | *.tgz) tar -xzf "$FEJDOC_ARCHIVE" -C "$home.part" ;;
      *.zip)
        archive=$(cd "$(dirname "$FEJDOC_ARCHIVE")" && pwd)/$(basename "$FEJDOC_ARCHIVE")
        if command -v unzip >/dev/null 2>&1; then
          unzip -q "$archive" -d "$home.part"
        elif command -v python3 >/dev/null 2>&1; then
          python3 -m zipfile -e "$archive" "$home.part"
        else # a JDK image: its jar tool
          (cd "$home.part" && jar xf "$archive")
        fi
        ;;
      *) fail "not a .zip or .tar.gz archive: $FEJDOC_ARCHIVE" ;;
    esac || fail "cannot unpack $FEJDOC_ARCHIVE"
    mv "$home.part" "$home"
  fi
  launcher=$(find "$home" -path '*/bin/fejdoc' -type f | sort | head -n 1)
  [ -n "$launcher" ] || fail "no bin/fejdoc in $FEJDOC_ARCHIVE"
fi
[ -n "$launcher" ] || launcher="$here/../fejdoc"
[ -f "$launcher" ] || fail "launcher not found: $launcher"
run_fejdoc() {
  if [ -x "$launcher" ]; then "$launcher" "$@"; else sh "$launcher" "$@"; fi
}

# ---- what to check -----------------------------------------------------------------------------
projects=()
if [ $# -gt 0 ]; then
  for file in "$@"; do
    dir=$(dirname -- "$file")
    while :; do
      if [ -f "$dir/experiment.yaml" ]; then
        seen=no
        for p in "${projects[@]+"${projects[@]}"}"; do [ "$p" = "$dir" ] && seen=yes; done
        [ $seen = no ] && projects+=("$dir")
        break
      fi
      [ "$dir" = "." ] || [ "$dir" = "/" ] && break
      dir=$(dirname -- "$dir")
    done
  done
  [ ${#projects[@]} -gt 0 ] || exit 0 # no project among the files
else
  read -r -a projects <<<"${FEJDOC_PROJECTS:-projects}"
fi

options=(--lang "${FEJDOC_LANG:-fr}")
[ "${FEJDOC_STRICT:-false}" = true ] && options+=(--strict)

reports=${FEJDOC_REPORTS:-text}
console=text
case " $reports " in *" github "*) console=github ;; esac

# ---- the check and its reports, in one run ----------------------------------------------------
for r in $reports; do
  case $r in
    text | github) ;;
    sarif)
      options+=(--rapport "sarif=${FEJDOC_SARIF:-fejdoc.sarif}")
      [ -n "${FEJDOC_DOCS_URL:-}" ] && options+=(--docs-url "$FEJDOC_DOCS_URL")
      ;;
    codequality | gitlab) options+=(--rapport "gitlab=${FEJDOC_CODEQUALITY:-gl-code-quality-report.json}") ;;
    *) fail "unknown report: $r (text, github, sarif, codequality)" ;;
  esac
done
run_fejdoc check "${projects[@]}" "${options[@]}" --format "$console"
