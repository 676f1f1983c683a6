package org.portcullis.compile.rule;

import java.util.Map;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.nft.Stmt;

/**
 * {@code -j REJECT [--reject-with TYPE]}: {@code reject with icmp type port-unreachable} (the default),
 * {@code reject with icmpv6 type admin-prohibited}, {@code reject with tcp reset}; every iptables and
 * ip6tables name and its short form.
 */
public final class RejectTypes {
    private static final Map<String, String> ICMP = Map.ofEntries(
            Map.entry("icmp-net-unreachable", "net-unreachable"), Map.entry("net-unreach", "net-unreachable"),
            Map.entry("icmp-host-unreachable", "host-unreachable"), Map.entry("host-unreach", "host-unreachable"),
            Map.entry("icmp-port-unreachable", "port-unreachable"), Map.entry("port-unreach", "port-unreachable"),
            Map.entry("icmp-proto-unreachable", "prot-unreachable"), Map.entry("proto-unreach", "prot-unreachable"),
            Map.entry("icmp-net-prohibited", "net-prohibited"), Map.entry("net-prohib", "net-prohibited"),
            Map.entry("icmp-host-prohibited", "host-prohibited"), Map.entry("host-prohib", "host-prohibited"),
            Map.entry("icmp-admin-prohibited", "admin-prohibited"), Map.entry("admin-prohib", "admin-prohibited"));

    private static final Map<String, String> ICMPV6 = Map.ofEntries(
            Map.entry("icmp6-no-route", "no-route"), Map.entry("no-route", "no-route"),
            Map.entry("icmp6-adm-prohibited", "admin-prohibited"), Map.entry("adm-prohibited", "admin-prohibited"),
            Map.entry("icmp6-addr-unreachable", "addr-unreachable"), Map.entry("addr-unreach", "addr-unreachable"),
            Map.entry("icmp6-port-unreachable", "port-unreachable"), Map.entry("port-unreach", "port-unreachable"),
            Map.entry("icmp6-policy-fail", "policy-fail"), Map.entry("policy-fail", "policy-fail"),
            Map.entry("icmp6-reject-route", "reject-route"), Map.entry("reject-route", "reject-route"));

    private RejectTypes() {
    }

    public static Stmt.Reject translate(TranslationContext ctx, String with) {
        if ("tcp-reset".equals(with)) {
            return new Stmt.Reject("tcp reset", null);
        }
        String family = ctx.v6() ? "icmpv6" : "icmp";
        if (with == null) {
            return new Stmt.Reject(family, "port-unreachable");
        }
        String code = (ctx.v6() ? ICMPV6 : ICMP).get(with);
        if (code == null) {
            throw new FirewallException(ErrorCode.COMMAND_FAILED, "unknown reject type \"" + with + "\"");
        }
        return new Stmt.Reject(family, code);
    }
}
