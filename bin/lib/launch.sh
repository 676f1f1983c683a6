# Shared by the launchers: find JDK 25, build on first use, then exec the JVM (signals reach it).
# Usage: portcullis_launch MAIN_CLASS JVM_FLAGS... -- ARGS...
# Start-up uses a JDK 25 AOT cache per main class (classes loaded and linked ahead of time, invokedynamic
# sites resolved): the first run records a configuration, the next one assembles the cache in the
# background, later runs map it. Until the cache exists, a dynamic AppCDS archive is used.
portcullis_root=${BASH_SOURCE[0]%/*}/../..
[ "${BASH_SOURCE[0]}" = "${BASH_SOURCE[0]#/}" ] && portcullis_root=$PWD/$portcullis_root
. "$portcullis_root/bin/lib/jdk.sh"

portcullis_launch() {
    local main=$1; shift
    local flags=()
    while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do flags+=("$1"); shift; done
    [ "$#" -gt 0 ] && shift
    portcullis_select_jdk || exit 1
    local dist="$portcullis_root/cli/target/dist"
    local jar="$dist/portcullis-cli.jar"
    if [ ! -f "$jar" ]; then
        echo "portcullis: first use: building the project (mvn package, tests skipped)..." >&2
        (cd "$portcullis_root" && MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
            mvn -q -B -DskipTests package >&2) || { echo "portcullis: build failed" >&2; exit 1; }
    fi
    local java="$JAVA_HOME/bin/java"
    local jvm=(-Xlog:disable -Xlog:all=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "${flags[@]}" -cp "$jar")
    local name=${main##*.}
    local aot="$dist/$name.aot" conf="$dist/$name.aotconf"
    # a cache is only as fresh as the newest jar of the class path: a rebuilt module leaves the cli jar as it was
    local newest=$jar lib
    for lib in "$dist"/lib/*.jar; do [ "$lib" -nt "$newest" ] && newest=$lib; done
    local startup=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$dist/$name.jsa")
    if [ -f "$aot" ] && [ "$aot" -nt "$newest" ]; then
        startup=(-XX:AOTCache="$aot")
    elif [ -f "$conf" ] && [ "$conf" -nt "$newest" ]; then
        ( "$java" "${jvm[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$conf" -XX:AOTCache="$aot.$$" \
            </dev/null >/dev/null 2>&1 && mv -f "$aot.$$" "$aot"; rm -f "$aot.$$" ) </dev/null >/dev/null 2>&1 &
        disown
    elif [ -w "$dist" ]; then
        startup=(-XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput -XX:AOTMode=record -XX:AOTConfiguration="$conf")
    fi
    exec "$java" "${jvm[@]}" "${startup[@]}" "$main" "$@"
}
