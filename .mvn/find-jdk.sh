# shellcheck shell=bash
# Finds a JDK 21 or newer: JAVA_HOME, then `java` on PATH, then the usual install folders.
# Sourced by ./loci and bench/run, run by ./mvnw; `find_jdk` prints the JDK's home or explains on stderr and fails.

# Sets loci_major to a JDK's feature version (21, 25, ...) and loci_version to its whole version
# (25.0.3), or fails if the folder holds no JDK.
# Bash built-ins only where it can: ./loci runs this before every command, and each process
# forked (sed, dirname, a subshell) costs milliseconds on a busy machine.
loci_jdk_major() {
  local home="$1" version="" line
  loci_major=""
  loci_version=""
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  if [ -f "$home/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        JAVA_VERSION=\"*)
          version=${line#JAVA_VERSION=\"}
          version=${version%%\"*}
          break
          ;;
      esac
    done <"$home/release"
  fi
  if [ -z "$version" ]; then
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java.specification.version = //p')
  fi
  loci_version=$version
  version=${version#1.}
  loci_major=${version%%[!0-9]*}
}

find_jdk() {
  local want=21 candidates=() c major on_path
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if on_path=$(command -v java 2>/dev/null); then
    on_path=$(readlink -f "$on_path" 2>/dev/null || echo "$on_path")
    on_path=${on_path%/*}
    candidates+=("${on_path%/*}")
  fi
  for c in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* \
    "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$c" ] && candidates+=("$c")
  done
  for c in ${candidates[@]+"${candidates[@]}"}; do
    loci_jdk_major "$c" 2>/dev/null || continue
    major=$loci_major
    if [ -n "$major" ] && [ "$major" -ge "$want" ]; then
      echo "$c"
      return 0
    fi
  done
  {
    echo "loci: no JDK $want or newer found. Looked at JAVA_HOME, java on PATH, /usr/lib/jvm,"
    echo "      /usr/java, /opt/java, SDKMAN and ~/.jdks. Install one (for example the"
    echo "      openjdk-21-jdk or temurin-21-jdk package) or point JAVA_HOME at it."
  } >&2
  return 1
}

# Run as a script (as ./mvnw does), print the JDK found.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  find_jdk
fi
