#!/usr/bin/env bash
# Round trip of one `firewall-cmd --direct --query-rule` against a running daemon, next to the start of an
# empty Java program run with the same JDK and the same JVM flags as the launcher (C1 only, SerialGC, an
# AppCDS archive). Both are measured interleaved in the same run; prints a Markdown table and the ratio.
#
# Usage: bench/roundtrip.sh            Environment: RUNS (default 30), WARMUP (default 3).
# The daemon runs on the simulated kernel: the query never touches the kernel, so no root is needed.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
runs=${RUNS:-30}
warmup=${WARMUP:-3}
. "$root/bin/lib/jdk.sh"
portcullis_select_jdk
if [ ! -f "$root/cli/target/dist/portcullis-cli.jar" ]; then
    echo "roundtrip.sh: building the project (mvn package, tests skipped)..." >&2
    (cd "$root" && MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" mvn -q -B -DskipTests package >&2)
fi

work=$(mktemp -d /tmp/portcullis-rtt.XXXXXX)
export PORTCULLIS_SOCKET="$work/portcullis.sock"
daemon_pid=""
cleanup() {
    if [ -n "$daemon_pid" ]; then kill "$daemon_pid" 2>/dev/null || true; wait "$daemon_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$work/etc" "$work/hello"
cat >"$work/hello/Hello.java" <<'EOF'
public class Hello {
    public static void main(String[] args) {
        System.out.println("yes");
    }
}
EOF
"$JAVA_HOME/bin/javac" -d "$work/hello/classes" "$work/hello/Hello.java"
"$JAVA_HOME/bin/jar" --create --file "$work/hello/hello.jar" -C "$work/hello/classes" .
jvm=("$JAVA_HOME/bin/java" -Xlog:disable -Xlog:all=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$work/hello/hello.jar")
hello=("${jvm[@]}" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$work/hello/Hello.jsa" Hello)
hello_aot=("${jvm[@]}" -XX:AOTCache="$work/hello/Hello.aot" Hello)
"${jvm[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$work/hello/Hello.aotconf" Hello >/dev/null
"${jvm[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$work/hello/Hello.aotconf" -XX:AOTCache="$work/hello/Hello.aot" >/dev/null 2>&1

"$root/bin/portcullis" daemon --backend sim --config-dir "$work/etc" --socket "$PORTCULLIS_SOCKET" \
    >"$work/daemon.log" 2>&1 &
daemon_pid=$!
for _ in $(seq 1 300); do
    [ "$("$root/bin/firewall-cmd" --state 2>/dev/null)" = running ] && break
    sleep 0.1
done
query=(--direct --query-rule ipv4 filter OUTPUT 0 -o enp3s0 -p tcp --dport 22 -j ACCEPT)
"$root/bin/firewall-cmd" --direct --add-rule ipv4 filter OUTPUT 0 -o enp3s0 -p tcp --dport 22 -j ACCEPT >/dev/null
[ "$("$root/bin/firewall-cmd" "${query[@]}")" = yes ] || { echo "roundtrip.sh: query did not answer yes" >&2; exit 1; }

time_ms() {
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N)
    awk -v d=$((t1 - t0)) 'BEGIN { printf "%.3f", d / 1e6 }'
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { m = int((NR + 1) / 2); printf "%.1f", (NR % 2) ? v[m] : (v[m] + v[m + 1]) / 2 }'; }

# The launcher's first runs record and assemble its AOT cache; the warm-up covers them.
for _ in $(seq 1 "$warmup"); do
    "${hello[@]}" >/dev/null; "${hello_aot[@]}" >/dev/null; "$root/bin/firewall-cmd" "${query[@]}" >/dev/null
done
for _ in $(seq 1 100); do [ -f "$root/cli/target/dist/FirewallCmd.aot" ] && break; sleep 0.2; done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg), runs: $runs" >&2
t_cmd=(); t_hello=(); t_aot=()
for _ in $(seq 1 "$runs"); do
    t_hello+=("$(time_ms "${hello[@]}")")
    t_aot+=("$(time_ms "${hello_aot[@]}")")
    t_cmd+=("$(time_ms "$root/bin/firewall-cmd" "${query[@]}")")
done
c=$(median "${t_cmd[@]}"); h=$(median "${t_hello[@]}"); a=$(median "${t_aot[@]}")
ratio() { awk -v c="$1" -v h="$2" 'BEGIN { printf "%.2f", c / h }'; }
echo
echo "| measurement | median ms |"
echo "|---|---:|"
echo "| \`firewall-cmd ${query[*]}\` | $c |"
echo "| empty Java program, same JDK and flags, AppCDS archive | $h |"
echo "| empty Java program, same JDK and flags, AOT cache | $a |"
echo "| ratio firewall-cmd / empty Java (AppCDS) | $(ratio "$c" "$h")× |"
echo "| ratio firewall-cmd / empty Java (AOT cache) | $(ratio "$c" "$a")× |"
echo
echo "Medians of $runs interleaved runs after $warmup warm-up runs each."
