# Selects a JDK 25 for Portcullis' scripts: sets JAVA_HOME, or fails with a clear message.
# Looks at PORTCULLIS_JAVA_HOME, JAVA_HOME, then the JDKs installed under /usr/lib/jvm and /opt.
portcullis_jdk_major() {
    local release="$1/release" line v
    [ -x "$1/bin/java" ] && [ -f "$release" ] || return 1
    while IFS= read -r line; do
        case $line in JAVA_VERSION=\"*) v=${line#JAVA_VERSION=\"}; v=${v%%[!0-9]*}; break ;; esac
    done <"$release"
    printf '%s' "$v"
}

portcullis_select_jdk() {
    local cand
    for cand in "${PORTCULLIS_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/*25* /opt/*jdk*25* /opt/java/*; do
        [ -n "$cand" ] && [ -d "$cand" ] || continue
        if [ "$(portcullis_jdk_major "$cand")" = "25" ]; then
            export JAVA_HOME="$cand"
            return 0
        fi
    done
    echo "portcullis: no JDK 25 found (looked at \$PORTCULLIS_JAVA_HOME, \$JAVA_HOME, /usr/lib/jvm, /opt)." >&2
    echo "portcullis: install a JDK 25 (e.g. Temurin 25) or set PORTCULLIS_JAVA_HOME to one." >&2
    return 1
}
