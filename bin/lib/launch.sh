# Shared by the launchers: find JDK 25, build on first use, then exec the JVM (signals reach it).
# Usage: portcullis_launch MAIN_CLASS JVM_FLAGS... -- ARGS...
portcullis_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$portcullis_root/bin/lib/jdk.sh"

portcullis_launch() {
    local main=$1; shift
    local flags=()
    while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do flags+=("$1"); shift; done
    [ "$#" -gt 0 ] && shift
    portcullis_select_jdk || exit 1
    local dist="$portcullis_root/cli/target/dist"
    if [ ! -f "$dist/portcullis-cli.jar" ]; then
        echo "portcullis: first use: building the project (mvn package, tests skipped)..." >&2
        (cd "$portcullis_root" && MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
            mvn -q -B -DskipTests package >&2) || { echo "portcullis: build failed" >&2; exit 1; }
    fi
    exec "$JAVA_HOME/bin/java" -Xlog:disable -Xlog:all=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
        -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$dist/${main##*.}.jsa" \
        "${flags[@]}" -cp "$dist/portcullis-cli.jar" "$main" "$@"
}
