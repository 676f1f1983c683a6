#!/bin/bash
# Re-records what iptables-restore/ip6tables-restore print for each case in cases.tsv
# (ipv<TAB>table<TAB>chain<TAB>args), feeding each rule the way firewalld does (-I CHAIN 1 ARGS),
# inside a throwaway network namespace. Output: messages.txt next to this script.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ns=pc-probe-$RANDOM$RANDOM
ip netns add "$ns"
trap 'ip netns del "$ns"' EXIT
out=$here/messages.txt
: >"$out"
while IFS=$'\t' read -r ipv table chain args; do
  [[ -z "$ipv" || "$ipv" == \#* ]] && continue
  tool=iptables-restore
  [[ "$ipv" == ipv6 ]] && tool=ip6tables-restore
  set +e
  text=$(printf '*%s\n-I %s 1 %s\nCOMMIT\n' "$table" "$chain" "$args" | ip netns exec "$ns" "$tool" -w -n 2>&1; echo "rc=$?")
  set -e
  rc=${text##*rc=}
  body=${text%rc=*}
  printf '%%%% %s\t%s\t%s\t%s\nrc=%s\n%s' "$ipv" "$table" "$chain" "$args" "$rc" "$body" >>"$out"
  ip netns exec "$ns" "$tool" -w >/dev/null 2>&1 <<<$'*filter\nCOMMIT\n*nat\nCOMMIT\n*raw\nCOMMIT\n*mangle\nCOMMIT\n' || true
done <"$here/cases.tsv"
