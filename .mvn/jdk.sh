# Sourced by ./mvnw and ./relsync: finds a JDK >= 21 and prints its home.
# $JAVA_HOME wins when it is new enough; else the newest JDK under ${RELSYNC_JVM_DIR:-/usr/lib/jvm}.

relsync_jdk_major() { # prints the major version of the JDK at $1, or nothing
  local home=$1 v=""
  [ -x "$home/bin/java" ] || return 0
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  v=${v#1.}          # 1.8 -> 8
  echo "${v%%[.+-]*}"
}

relsync_find_jdk() {
  local min=21 best="" best_major=0 home major
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(relsync_jdk_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then echo "$JAVA_HOME"; return 0; fi
    echo "relsync: JAVA_HOME=$JAVA_HOME is not a JDK $min or newer; looking elsewhere" >&2
  fi
  for home in "${RELSYNC_JVM_DIR:-/usr/lib/jvm}"/*; do
    [ -d "$home" ] || continue
    [ -L "$home" ] && continue
    major=$(relsync_jdk_major "$home")
    if [ -n "$major" ] && [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best=$home best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "relsync: no JDK $min or newer found: set JAVA_HOME to one, or install one under ${RELSYNC_JVM_DIR:-/usr/lib/jvm}" >&2
    return 1
  fi
  echo "$best"
}
