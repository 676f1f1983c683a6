package org.portcullis.model.ipset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/**
 * The creation options of an ipset in the order they were given: {@code family} ({@code inet} or
 * {@code inet6}), {@code timeout} (seconds; entries then expire and are not kept), {@code hashsize} and
 * {@code maxelem}. Values are kept as written; the numbers must read as non-negative integers.
 */
public record IpSetOptions(SequencedMap<String, String> values) {
    public static final List<String> NAMES = List.of("family", "hashsize", "maxelem", "timeout");
    public static final List<String> NUMERIC = List.of("timeout", "hashsize", "maxelem");
    public static final IpSetOptions NONE = new IpSetOptions(new LinkedHashMap<>());

    public IpSetOptions {
        SequencedMap<String, String> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, check(k, v)));
        values = Collections.unmodifiableSequencedMap(copy);
    }

    /** Checks one option as firewalld does on import: a known name, an integer or a family. */
    public static String check(String key, String value) {
        if (!NAMES.contains(key)) {
            throw new FirewallException(ErrorCode.INVALID_IPSET, "ipset invalid option '" + key + "'");
        }
        if (NUMERIC.contains(key)) {
            checkNumber(key, value);
        } else if (!value.equals("inet") && !value.equals("inet6")) {
            throw new FirewallException(ErrorCode.INVALID_FAMILY, value);
        }
        return value;
    }

    /** A numeric option's value must be a non-negative integer; else INVALID_VALUE with firewalld's text. */
    static void checkNumber(String key, String value) {
        Optional<java.math.BigInteger> n = PythonInt.parse(value);
        if (n.isEmpty()) {
            throw new FirewallException(ErrorCode.INVALID_VALUE,
                    "Option '" + key + "': Value '" + value + "' is not an integer");
        }
        if (n.get().signum() < 0) {
            throw new FirewallException(ErrorCode.INVALID_VALUE,
                    "Option '" + key + "': Value '" + value + "' is negative");
        }
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** {@code inet6} when so configured, else {@code inet}. */
    public String family() {
        return "inet6".equals(values.get("family")) ? "inet6" : "inet";
    }

    /**
     * Whether entries expire: a timeout other than the literal {@code 0}. Such sets keep no entries in the
     * configuration, and their runtime entries are not listed.
     */
    public boolean hasTimeout() {
        return values.containsKey("timeout") && !values.get("timeout").equals("0");
    }

    /** A copy with {@code key} set, in its old place if it was set before. */
    public IpSetOptions with(String key, String value) {
        SequencedMap<String, String> next = new LinkedHashMap<>(values);
        next.put(key, value);
        return new IpSetOptions(next);
    }

    /** As {@code --info-ipset} lists them: {@code key=value}, or the key alone for an empty value. */
    @Override
    public String toString() {
        return String.join(" ", values.entrySet().stream()
                .map(e -> e.getValue().isEmpty() ? e.getKey() : e.getKey() + "=" + e.getValue()).toList());
    }
}
