# Sourced by ./fejdoc and ./mvn21: finds a JDK >= 21 and exports JAVA_HOME.
# Order: $JAVA_HOME, then `java` on the PATH, then the system's JVM folders (newest first).
# Runs at every launch: shell built-ins only where it can (a JDK's version is read from its
# `release` file), so that finding the JDK costs a few milliseconds, not a JVM start per candidate.

fejdoc_java_major() {
  # prints the major version of the java binary given as $1, or nothing
  fejdoc_java_major_of "$1"
  [ -n "$FEJDOC_MAJOR" ] && echo "$FEJDOC_MAJOR"
  return 0
}

fejdoc_java_major_of() {
  # sets FEJDOC_MAJOR to the major version of the java binary given as $1 (empty if unknown),
  # without a subshell: it runs at every launch, for each JDK installed
  local home="${1%/bin/java}" line version=""
  FEJDOC_MAJOR=""
  if [ -f "$home/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        JAVA_VERSION=*) version="${line#JAVA_VERSION=}"; version="${version//\"/}"; break ;;
      esac
    done <"$home/release"
    case "$version" in 1.*) version="${version#1.}" ;; esac
    version="${version%%[!0-9]*}"
    if [ -n "$version" ]; then
      FEJDOC_MAJOR="$version"
      return 0
    fi
  fi
  FEJDOC_MAJOR="$("$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1)"
}

fejdoc_use_jdk() {
  # $1: a JDK folder, $2: its major version
  export JAVA_HOME="$1"
  FEJDOC_JAVA_MAJOR="$2"
  # Maven's own libraries trip JDK 23+ warnings about sun.misc.Unsafe: keep them quiet.
  if [ "$2" -ge 23 ]; then
    case "${MAVEN_OPTS:-}" in *sun-misc-unsafe*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
  fi
}

# fejdoc_find_jdk [MEMO]: finds the JDK. MEMO (optional): a file remembering the last choice for
# the same JAVA_HOME and PATH, so that a launch spends no process on it; it is forgotten when a
# system JVM folder changes (a JDK installed or removed) or the JDK it names is gone.
fejdoc_find_jdk() {
  local memo="${1:-}" key="${JAVA_HOME:-}|${PATH:-}" line1="" line2="" line3="" root
  if [ -n "$memo" ] && [ -f "$memo" ]; then
    { IFS= read -r line1 && IFS= read -r line2 && IFS= read -r line3; } <"$memo" || true
    if [ "$line1" = "$key" ] && [ -x "$line2/bin/java" ] && [ -x "$line2/bin/javac" ] && [ -n "$line3" ]; then
      for root in /usr/lib/jvm /usr/local/lib/jvm /opt/java /Library/Java/JavaVirtualMachines; do
        if [ -d "$root" ] && [ "$root" -nt "$memo" ]; then line3=""; fi
      done
      if [ -n "$line3" ] && [ "$line3" -ge 21 ] 2>/dev/null; then
        fejdoc_use_jdk "$line2" "$line3"
        return 0
      fi
    fi
  fi
  fejdoc_search_jdk || return 1
  if [ -n "$memo" ]; then
    { printf '%s\n%s\n%s\n' "$key" "$JAVA_HOME" "$FEJDOC_JAVA_MAJOR" >"$memo.$$" && mv -f "$memo.$$" "$memo"; } 2>/dev/null || rm -f "$memo.$$" 2>/dev/null || true
  fi
  return 0
}

fejdoc_search_jdk() {
  local candidates=() dir major best="" best_major=0 javac
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if javac="$(command -v javac 2>/dev/null)"; then
    javac="$(readlink -f "$javac")"
    candidates+=("${javac%/bin/javac}")
  fi
  for dir in "${candidates[@]}"; do
    [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ] || continue
    fejdoc_java_major_of "$dir/bin/java"
    major="$FEJDOC_MAJOR"
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      fejdoc_use_jdk "$dir" "$major"
      return 0
    fi
  done
  # the system's JDKs: the newest one
  for dir in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ] || continue
    fejdoc_java_major_of "$dir/bin/java"
    major="$FEJDOC_MAJOR"
    if [ -n "$major" ] && [ "$major" -gt "$best_major" ]; then
      best="$dir"
      best_major="$major"
    fi
  done
  if [ "$best_major" -ge 21 ]; then
    fejdoc_use_jdk "$best" "$best_major"
    return 0
  fi
  echo "fejdoc : aucun JDK 21 ou plus récent trouvé (JAVA_HOME, PATH, /usr/lib/jvm)." >&2
  echo "Installez-en un (par exemple le paquet openjdk-21-jdk) ou indiquez-le dans JAVA_HOME." >&2
  return 1
}
