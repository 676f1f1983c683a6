#!/usr/bin/env bash
# Records what the real firewalld (Debian package, 1.3.x) prints for lists of firewall-cmd command
# lines, so Portcullis tests can compare against it.
#
#   bash it/oracle/record.sh [list ...]     (default: every it/oracle/commands/*.txt)
#
# Each list runs against a freshly started firewalld with a pristine private configuration directory
# (--system-config, a copy of the stock /etc/firewalld files), inside network namespace pc-oracle with
# a veth named enp3s0 (peer srv0 in namespace pc-oracle-peer, 198.18.0.1/30 <-> 198.18.0.2/30) and a
# private D-Bus system bus. Nothing runs in the root namespace; /etc/firewalld is backed up and
# restored if it changed. Everything started here is stopped by PID on exit.
#
# Command list syntax (one entry per line):
#   firewall-cmd ARGS...     run it in the directory it/ (relative file names such as
#                            oracle/files/x.txt are read from there); ARGS are split like a POSIX
#                            shell would (quotes honoured)
#   # ...                    comment; blank lines are ignored
#   @ruleset NAME            write `nft -j list ruleset` / `nft list ruleset` of pc-oracle to
#                            NAME.json / NAME.nft in the output directory
#   @config FILE NAME        copy FILE from the private config directory to NAME in the output directory
#   @restart                 stop and start firewalld again, keeping its current configuration
#   @sleep SECONDS           wait (firewalld re-reads changed config files after a few seconds)
#
# Transcript format: see transcript_header below.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=${ORACLE_OUT:-$repo/it/src/test/resources/oracle}
ns=pc-oracle
peer=pc-oracle-peer
work=$(mktemp -d /tmp/pc-oracle.XXXXXX)
run=/run/pc-oracle
bus=unix:path=$run/system_bus_socket
etc_backup=$work/etc-firewalld.tar
dbus_pid=
fwd_pid=

die() { echo "record.sh: $*" >&2; exit 1; }

[[ $(id -u) == 0 ]] || die "needs root (network namespaces)"
command -v firewalld >/dev/null || die "firewalld is not installed (apt-get install -y firewalld dbus)"
command -v dbus-daemon >/dev/null || die "dbus-daemon is not installed"
[[ -d /etc/firewalld ]] || die "/etc/firewalld (stock configuration) is missing"
for n in "$ns" "$peer"; do
    ip netns list | grep -qx "$n\( .*\)\?" && die "namespace $n already exists; remove it first"
done
[[ -e $run ]] && die "$run already exists; another recording may be running"

stop_daemons() {
    if [[ -n $fwd_pid ]] && kill -0 "$fwd_pid" 2>/dev/null; then
        kill -TERM "$fwd_pid" 2>/dev/null || true
        for _ in $(seq 100); do kill -0 "$fwd_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$fwd_pid" 2>/dev/null || true
        wait "$fwd_pid" 2>/dev/null || true
    fi
    fwd_pid=
    if [[ -n $dbus_pid ]] && kill -0 "$dbus_pid" 2>/dev/null; then
        kill -TERM "$dbus_pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$dbus_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$dbus_pid" 2>/dev/null || true
    fi
    dbus_pid=
}

teardown_namespaces() {
    ip netns del "$ns" 2>/dev/null || true
    ip netns del "$peer" 2>/dev/null || true
}

cleanup() {
    set +e
    stop_daemons
    teardown_namespaces
    rm -rf "$run"
    if [[ -f $etc_backup ]]; then
        if ! tar -C /etc -cf - firewalld | cmp -s - "$etc_backup"; then
            echo "record.sh: /etc/firewalld changed; restoring it" >&2
            rm -rf /etc/firewalld && tar -C /etc -xpf "$etc_backup"
        fi
    fi
    if [[ -n ${ORACLE_KEEP_WORK:-} ]]; then echo "record.sh: work files kept in $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

tar -C /etc -cf "$etc_backup" firewalld

setup_namespaces() {
    ip netns add "$ns"
    ip netns add "$peer"
    ip link add enp3s0 netns "$ns" type veth peer name srv0 netns "$peer"
    ip -n "$ns" link set lo up
    ip -n "$peer" link set lo up
    ip -n "$ns" addr add 198.18.0.1/30 dev enp3s0
    ip -n "$peer" addr add 198.18.0.2/30 dev srv0
    ip -n "$ns" link set enp3s0 up
    ip -n "$peer" link set srv0 up
}

write_bus_config() {
    cat >"$work/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>$bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <deny own="*"/>
    <deny send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_requested_reply="true" send_type="method_return"/>
    <allow send_requested_reply="true" send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
    <allow receive_type="signal"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Introspectable"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Properties"/>
  </policy>
  <include>/usr/share/dbus-1/system.d/FirewallD.conf</include>
</busconfig>
EOF
}

in_ns() { ip netns exec "$ns" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DBUS_SYSTEM_BUS_ADDRESS="$bus" "$@"; }

start_firewalld() {
    in_ns firewalld --nofork --nopid --log-target console --system-config "$work/etc" \
        >>"$work/firewalld.log" 2>&1 &
    fwd_pid=$!
    for _ in $(seq 300); do
        if [[ $(in_ns firewall-cmd --state 2>/dev/null) == running ]]; then return 0; fi
        kill -0 "$fwd_pid" 2>/dev/null || die "firewalld exited; log: $(tail -5 "$work/firewalld.log")"
        sleep 0.1
    done
    die "firewalld did not reach state running"
}

start_stack() {
    setup_namespaces
    mkdir -p "$run"
    write_bus_config
    local info
    info=$(ip netns exec "$ns" dbus-daemon --config-file="$work/bus.conf" --fork --print-address=1 --print-pid=1)
    dbus_pid=$(sed -n 2p <<<"$info")
    [[ $dbus_pid =~ ^[0-9]+$ ]] || die "dbus-daemon did not report its pid: $info"
    rm -rf "$work/etc"
    tar -C "$work" -xpf "$etc_backup" && mv "$work/firewalld" "$work/etc"
    start_firewalld
}

stop_stack() {
    stop_daemons
    teardown_namespaces
    rm -rf "$run"
}

transcript_header() {
    cat <<EOF
# firewall-cmd transcript recorded from the real firewalld $1
# (Debian package, FirewallBackend=nftables, stock configuration, interface enp3s0 in its own
# network namespace, started fresh for this list; iptables = iptables-nft).
# Regenerate with: bash it/oracle/record.sh $2
#
# Format, one entry per command, entries in execution order:
#   \$ firewall-cmd ARGS     the argument vector; each argument quoted like Python's shlex.quote
#                            (bare if only [A-Za-z0-9_@%+=:,./-], else in single quotes, ' as '"'"')
#   [exit N]                 exit status
#   [stdout]                 then one line per output line, each prefixed with '|' (the rest of the
#                            line is verbatim, trailing spaces included)
#   [stderr]                 same for standard error
#   [no newline at end]      only when the stream above it did not end with a newline
#   [end]                    end of the entry
# Lines starting with '#' outside an entry are comments; blank lines between entries are ignored.
EOF
}

quote_args() { python3 -c 'import shlex,sys; print(" ".join(shlex.quote(a) for a in sys.argv[1:]))' "$@"; }

emit_stream() {
    local file=$1
    [[ -s $file ]] || return 0
    sed 's/^/|/' "$file"
    [[ $(tail -c1 "$file" | od -An -c | tr -d ' ') == '\n' ]] || { echo; echo "[no newline at end]"; }
}

run_list() {
    local list=$1 name transcript count=0 lineno=0 line
    name=$(basename "$list" .txt)
    transcript=$out/$name.transcript
    start_stack
    local version
    version=$(in_ns firewall-cmd --version)
    {
        transcript_header "$version" "$name"
        while IFS= read -r line || [[ -n $line ]]; do
            lineno=$((lineno + 1))
            [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
            if [[ $line == @* ]]; then
                run_directive "$line" >&2
                echo "# ${line#@}"
                continue
            fi
            local -a words=()
            eval "words=( $line )" || die "$list:$lineno: cannot split: $line"
            [[ ${words[0]:-} == firewall-cmd ]] || die "$list:$lineno: expected firewall-cmd: $line"
            local -a args=("${words[@]:1}")
            echo
            if ((${#args[@]})); then echo "\$ firewall-cmd $(quote_args "${args[@]}")"; else echo "\$ firewall-cmd"; fi
            local rc=0
            (cd "$repo/it" && in_ns timeout 120 firewall-cmd "${args[@]}" </dev/null >"$work/out" 2>"$work/err") || rc=$?
            echo "[exit $rc]"
            echo "[stdout]"; emit_stream "$work/out"
            echo "[stderr]"; emit_stream "$work/err"
            echo "[end]"
            count=$((count + 1))
        done <"$list"
    } >"$transcript.tmp"
    mv "$transcript.tmp" "$transcript"
    cp "$work/firewalld.log" "$work/$name.firewalld.log"
    : >"$work/firewalld.log"
    stop_stack
    echo "record.sh: $name: $count commands -> $transcript" >&2
}

run_directive() {
    local -a d
    read -r -a d <<<"${1#@}"
    case ${d[0]} in
        ruleset)
            ip netns exec "$ns" nft -j list ruleset | python3 -m json.tool --indent 1 >"$out/${d[1]}.json"
            ip netns exec "$ns" nft list ruleset >"$out/${d[1]}.nft"
            ;;
        config) cp "$work/etc/${d[1]}" "$out/${d[2]}" ;;
        restart)
            kill -TERM "$fwd_pid"; wait "$fwd_pid" 2>/dev/null || true; fwd_pid=
            start_firewalld
            ;;
        sleep) sleep "${d[1]}" ;;
        *) die "unknown directive: $1" ;;
    esac
}

mkdir -p "$out"
lists=()
if (($#)); then
    for a in "$@"; do lists+=("$here/commands/${a%.txt}.txt"); done
else
    lists=("$here"/commands/*.txt)
fi
for l in "${lists[@]}"; do
    [[ -f $l ]] || die "no such command list: $l"
    run_list "$l"
done
[[ -z $(nft list ruleset) ]] || echo "record.sh: WARNING: root namespace ruleset is not empty" >&2
