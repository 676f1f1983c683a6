#!/usr/bin/env bash
# Time to apply N direct rules: `firewall-cmd --reload` of a direct.xml with N rules (wall time including the
# client) against the same rules loaded by a bare `nft -f`, by `iptables-restore`, and by one `iptables -A`
# per rule. Root only; everything touching the kernel runs inside a network namespace created here and
# deleted on exit. Prints a Markdown table of medians (ms).
#
# The replace column times nft -f of the transaction a reload sends: the table, already holding the N rules,
# deleted and defined anew in one transaction.
#
# Usage: bench/apply.sh [N...]            (default: 10 1000 10000 50000)
# Environment: REPS (runs per measurement, default 5), PERRULE_MAX (largest N timed with one `iptables -A`
# per rule; above it the time is extrapolated linearly from PERRULE_MAX, default 10000).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
sizes=("$@"); [ "${#sizes[@]}" -gt 0 ] || sizes=(10 1000 10000 50000)
reps=${REPS:-5}
perrule_max=${PERRULE_MAX:-10000}

[ "$(id -u)" = 0 ] || { echo "apply.sh: needs root (network namespaces, nft, iptables)" >&2; exit 2; }
for tool in ip nft iptables iptables-restore awk; do
    command -v "$tool" >/dev/null || { echo "apply.sh: $tool not found" >&2; exit 2; }
done
. "$root/bin/lib/jdk.sh"
portcullis_select_jdk
if [ ! -f "$root/cli/target/dist/portcullis-cli.jar" ]; then
    echo "apply.sh: building the project (mvn package, tests skipped)..." >&2
    (cd "$root" && MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" mvn -q -B -DskipTests package >&2)
fi

ns="pc-bench-$$-$RANDOM"
work=$(mktemp -d /tmp/portcullis-bench.XXXXXX)
export PORTCULLIS_SOCKET="$work/portcullis.sock"
daemon_pid=""
cleanup() {
    if [ -n "$daemon_pid" ]; then kill "$daemon_pid" 2>/dev/null || true; wait "$daemon_pid" 2>/dev/null || true; fi
    ip netns del "$ns" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ip netns add "$ns"
ip -n "$ns" link set lo up
ip -n "$ns" link add enp3s0 type veth peer name peer0
ip -n "$ns" addr add 198.18.0.1/24 dev enp3s0
ip -n "$ns" link set enp3s0 up
in_ns=(ip netns exec "$ns")

now_ns() { date +%s%N; }
# Runs "$@" once and prints its wall time in ms (3 decimals).
time_ms() {
    local t0 t1
    t0=$(now_ns); "$@" >/dev/null; t1=$(now_ns)
    awk -v d=$((t1 - t0)) 'BEGIN { printf "%.3f", d / 1e6 }'
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { m = int((NR + 1) / 2); printf "%.1f", (NR % 2) ? v[m] : (v[m] + v[m + 1]) / 2 }'; }
fmt() { awk -v v="$1" 'BEGIN { printf (v >= 100 ? "%.0f" : "%.1f"), v }'; }

etc="$work/etc"
mkdir -p "$etc"
"${in_ns[@]}" "$root/bin/portcullis" daemon --backend nftables --config-dir "$etc" \
    --socket "$PORTCULLIS_SOCKET" >"$work/daemon.log" 2>&1 &
daemon_pid=$!
for _ in $(seq 1 300); do
    [ "$("$root/bin/firewall-cmd" --state 2>/dev/null)" = running ] && break
    kill -0 "$daemon_pid" 2>/dev/null || { echo "apply.sh: daemon died:" >&2; cat "$work/daemon.log" >&2; exit 1; }
    sleep 0.1
done
[ "$("$root/bin/firewall-cmd" --state 2>/dev/null)" = running ] || { echo "apply.sh: daemon did not start" >&2; exit 1; }

rules_in_kernel() { "${in_ns[@]}" nft list ruleset | grep -Ec ' (accept|drop|reject)( |$)' || true; }
ipt_rules() { "${in_ns[@]}" iptables -S OUTPUT | grep -c '^-A OUTPUT' || true; }
reload() { "$root/bin/firewall-cmd" --reload; }
nft_load() { "${in_ns[@]}" nft -f "$work/direct.nft"; }
nft_replace() { "${in_ns[@]}" nft -f "$work/replace.nft"; }
ipt_restore() { "${in_ns[@]}" iptables-restore "$work/rules.ipt"; }
ipt_flush() { "${in_ns[@]}" iptables -F OUTPUT; }

echo "load: $(cut -d' ' -f1-3 /proc/loadavg), reps: $reps" >&2
rows=()
for n in "${sizes[@]}"; do
    echo "== N=$n" >&2
    awk -v n="$n" -v format=xml -f "$root/bench/gen-direct.awk" >"$work/direct.xml"
    awk -v n="$n" -v format=ipt -f "$root/bench/gen-direct.awk" >"$work/rules.ipt"

    rm -f "$etc/direct.xml"; reload >/dev/null
    cp "$work/direct.xml" "$etc/direct.xml"
    reload >/dev/null
    got=$(rules_in_kernel)
    [ "$got" = "$n" ] || { echo "apply.sh: after --reload the kernel holds $got rules, expected $n" >&2; exit 1; }
    t_reload=()
    for _ in $(seq 1 "$reps"); do t_reload+=("$(time_ms reload)"); done
    [ "$(rules_in_kernel)" = "$n" ] || { echo "apply.sh: rule count changed across reloads" >&2; exit 1; }

    "${in_ns[@]}" nft list table ip portcullis_direct >"$work/direct.nft"
    rm -f "$etc/direct.xml"; reload >/dev/null
    "${in_ns[@]}" nft list tables | grep -q portcullis_direct && "${in_ns[@]}" nft delete table ip portcullis_direct
    t_nft=()
    for _ in $(seq 1 "$reps"); do
        "${in_ns[@]}" nft delete table ip portcullis_direct 2>/dev/null || true
        t_nft+=("$(time_ms nft_load)")
    done
    got=$(rules_in_kernel)
    [ "$got" = "$n" ] || { echo "apply.sh: nft -f loaded $got rules, expected $n" >&2; exit 1; }
    # The transaction shape of a reload: the table holds the N rules and is deleted and defined anew.
    { echo "add table ip portcullis_direct"; echo "delete table ip portcullis_direct"; cat "$work/direct.nft"; } \
        >"$work/replace.nft"
    t_replace=()
    for _ in $(seq 1 "$reps"); do t_replace+=("$(time_ms nft_replace)"); done
    got=$(rules_in_kernel)
    [ "$got" = "$n" ] || { echo "apply.sh: nft -f replace left $got rules, expected $n" >&2; exit 1; }
    "${in_ns[@]}" nft delete table ip portcullis_direct

    t_restore=()
    for _ in $(seq 1 "$reps"); do ipt_flush; t_restore+=("$(time_ms ipt_restore)"); done
    got=$(ipt_rules)
    [ "$got" = "$n" ] || { echo "apply.sh: iptables-restore loaded $got rules, expected $n" >&2; exit 1; }
    ipt_flush

    m=$n; note=""
    if [ "$n" -gt "$perrule_max" ]; then m=$perrule_max; note=" (extrapolated from $m)"; fi
    awk -v n="$m" -v format=ipt -f "$root/bench/gen-direct.awk" | sed -n 's/^-A /iptables -A /p' >"$work/rules.sh"
    per_rule() { "${in_ns[@]}" bash -e "$work/rules.sh"; }
    ipt_flush
    t_each=$(time_ms per_rule)
    got=$(ipt_rules)
    [ "$got" = "$m" ] || { echo "apply.sh: iptables -A loaded $got rules, expected $m" >&2; exit 1; }
    ipt_flush
    t_each=$(awk -v t="$t_each" -v n="$n" -v m="$m" 'BEGIN { printf "%.1f", t * n / m }')

    r=$(median "${t_reload[@]}"); f=$(median "${t_nft[@]}"); p=$(median "${t_replace[@]}"); s=$(median "${t_restore[@]}")
    ratio=$(awk -v r="$r" -v f="$f" 'BEGIN { printf "%.2f", r / f }')
    ratio_p=$(awk -v r="$r" -v f="$p" 'BEGIN { printf "%.2f", r / f }')
    rows+=("| $n | $(fmt "$r") | $(fmt "$f") | $(fmt "$p") | $(fmt "$s") | $(fmt "$t_each")$note | $ratio× | $ratio_p× |")
    echo "   reload $r  nft-f $f  nft-f-replace $p  restore $s  iptables-A $t_each$note" >&2
done

echo
echo "| N rules | \`firewall-cmd --reload\` | bare \`nft -f\` (empty table) | \`nft -f\` replacing the table | \`iptables-restore\` | one \`iptables -A\` per rule | reload / nft -f | reload / nft -f replace |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
echo "Medians in ms of $reps runs (one run for \`iptables -A\`); load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
