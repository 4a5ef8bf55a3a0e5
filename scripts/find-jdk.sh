# Sourced by ./fejdoc and ./mvn21: finds a JDK >= 21 and exports JAVA_HOME.
# Order: $JAVA_HOME, then `java` on the PATH, then the system's JVM folders (newest first).

fejdoc_java_major() {
  # prints the major version of the java binary given as $1, or nothing; read from the JDK's
  # `release` file when it has one (instant), else from the JVM itself (about 0.1 s a JVM)
  local release version
  release="$(dirname "$(dirname "$1")")/release"
  if [ -f "$release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9.]*\).*/\1/p' "$release" | head -n 1)
    case "$version" in
      1.*) echo "${version#1.}" | cut -d. -f1; return 0 ;;
      [0-9]*) echo "$version" | cut -d. -f1; return 0 ;;
    esac
  fi
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

fejdoc_find_jdk() {
  local candidates=() dir major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for dir in $(ls -d /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home 2>/dev/null | sort -rV); do
    candidates+=("$dir")
  done
  for dir in "${candidates[@]}"; do
    [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ] || continue
    major=$(fejdoc_java_major "$dir/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$dir"
      FEJDOC_JAVA_MAJOR="$major"
      # Maven's own libraries trip JDK 23+ warnings about sun.misc.Unsafe: keep them quiet.
      if [ "$major" -ge 23 ]; then
        case "${MAVEN_OPTS:-}" in *sun-misc-unsafe*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
      fi
      return 0
    fi
  done
  echo "fejdoc : aucun JDK 21 ou plus récent trouvé (JAVA_HOME, PATH, /usr/lib/jvm)." >&2
  echo "Installez-en un (par exemple le paquet openjdk-21-jdk) ou indiquez-le dans JAVA_HOME." >&2
  return 1
}
