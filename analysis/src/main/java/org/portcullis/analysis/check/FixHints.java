package org.portcullis.analysis.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.portcullis.analysis.explain.RuleNamer;
import org.portcullis.analysis.explain.render.Words;
import org.portcullis.compile.Origin;
import org.portcullis.compile.SourceMap;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.Packet;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.engine.play.PacketRecord;
import org.portcullis.engine.trace.RuleRef;
import org.portcullis.engine.trace.Step;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;

/**
 * Fixes for findings. A packet that should have passed gets a rule accepting it ahead of the rule that dropped
 * it: for a reply (ct state established or related) the established/related rule, for a flow's first packet a
 * rule accepting that flow. When the deciding rule is a direct rule, the fix is the exact command: same family,
 * table and chain, the deciding rule's interface match, and a priority that sorts it ahead.
 */
final class FixHints {
    private static final List<String> ESTABLISHED = List.of("-m", "state", "--state", "RELATED,ESTABLISHED");

    private FixHints() {
    }

    static Fix forLost(PacketRecord lost, RuleNamer namer, CommandForm form) {
        return forLost(lost, isReply(lost), namer, form);
    }

    /** As above, {@code reply} saying whether the packet belongs to a flow conntrack already knows. */
    static Fix forLost(PacketRecord lost, boolean reply, RuleNamer namer, CommandForm form) {
        Step by = Words.decidingStep(lost.trace());
        Hook hook = Words.hookOf(lost.trace(), by);
        boolean leaving = hook == Hook.OUTPUT || hook == Hook.POSTROUTING;
        String what = reply ? "established and related packets" : firstPacketWords(lost.packet(), leaving);
        if (by instanceof Step.RuleMatched m && namer.origin(m.rule()).orElse(null) instanceof Origin.FromDirectRule d) {
            DirectRule decider = d.rule();
            List<String> args = new ArrayList<>(interfaceArgs(decider.args()));
            args.addAll(reply ? ESTABLISHED : firstPacketArgs(lost.packet(), leaving, decider.ipv()));
            args.addAll(List.of("-j", "ACCEPT"));
            DirectRule fix = new DirectRule(decider.ipv(), decider.table(), decider.chain(), ahead(decider.priority()), args);
            return new Fix(List.of(form.addRule(RuleNamer.words(fix))),
                    "accept " + what + " ahead of '" + RuleNamer.words(decider) + "'");
        }
        return new Fix(List.of(), "accept " + what + " ahead of " + Words.decider(by, namer)
                + (hook == null ? "" : " (hook " + hook.nftName() + ")"));
    }

    /**
     * The ipv6 forms of the ipv4 direct rules in the chains an IPv4 packet went through, leaving out those the
     * configuration already has; rules without an ipv6 form are named in the advice.
     */
    static Fix ipv6Equivalents(PacketRecord blocked4, RuleNamer namer, SourceMap sources, CommandForm form) {
        Set<DirectRule> existing = new LinkedHashSet<>();
        for (Origin o : sources.origins().values()) {
            if (o instanceof Origin.FromDirectRule d && d.rule().ipv() == Ipv.IPV6) {
                existing.add(d.rule());
            }
        }
        Set<DirectRule> v4 = new LinkedHashSet<>();
        for (Step s : blocked4.trace().steps()) {
            if (s instanceof Step.ChainEntered c && c.family() == Family.IP) {
                for (int i = 0; i < namer.chainSize(c.family(), c.table(), c.chain()); i++) {
                    if (namer.origin(new RuleRef(c.family(), c.table(), c.chain(), i)).orElse(null)
                            instanceof Origin.FromDirectRule d && d.rule().ipv() == Ipv.IPV4) {
                        v4.add(d.rule());
                    }
                }
            }
        }
        if (v4.isEmpty()) {
            Step by = Words.decidingStep(blocked4.trace());
            return new Fix(List.of(), "restrict IPv6 as " + Words.decider(by, namer) + " restricts IPv4");
        }
        List<String> commands = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        for (DirectRule r : v4) {
            var v6 = Ipv6Equivalent.of(r);
            if (v6.isEmpty()) {
                untranslated.add("'" + RuleNamer.words(r) + "'");
            } else if (!existing.contains(v6.get())) {
                commands.add(form.addRule(RuleNamer.words(v6.get())));
            }
        }
        String advice = "add the ipv6 equivalents of the ipv4 rules";
        if (!untranslated.isEmpty()) {
            advice += "; " + String.join(", ", untranslated) + " name IPv4 addresses or options:"
                    + " write their ipv6 rules with the IPv6 addresses yourself";
        }
        return new Fix(commands, advice);
    }

    /** True when conntrack found the packet established or related. */
    private static boolean isReply(PacketRecord r) {
        for (Step s : r.trace().steps()) {
            if (s instanceof Step.CtLookup c) {
                return c.state() == CtState.ESTABLISHED || c.state() == CtState.RELATED;
            }
        }
        return false;
    }

    /** A priority that puts a new rule ahead of a rule at {@code priority} (a rule goes after all of lower or equal priority). */
    private static int ahead(int priority) {
        return priority > 0 ? 0 : priority - 1;
    }

    /** The interface match of a rule, negation included: {@code -o enp3s0}, {@code ! -i lo}. */
    private static List<String> interfaceArgs(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-i") || a.equals("-o") || a.equals("--in-interface") || a.equals("--out-interface")) {
                if (i > 0 && args.get(i - 1).equals("!")) {
                    out.add("!");
                }
                out.add(a);
                out.add(args.get(i + 1));
            }
        }
        return out;
    }

    private static List<String> firstPacketArgs(Packet p, boolean leaving, Ipv ipv) {
        List<String> args = new ArrayList<>(List.of(leaving ? "-d" : "-s", (leaving ? p.dst() : p.src()).toString()));
        if (IpProto.hasPorts(p.protocol())) {
            args.addAll(List.of("-p", IpProto.name(p.protocol()), "--dport", Integer.toString(p.dport())));
        } else {
            args.addAll(List.of("-p", ipv == Ipv.IPV6 ? "ipv6-icmp" : IpProto.name(p.protocol())));
        }
        return args;
    }

    private static String firstPacketWords(Packet p, boolean leaving) {
        String proto = IpProto.name(p.protocol());
        String port = IpProto.hasPorts(p.protocol()) ? " port " + p.dport() : "";
        return leaving ? "new " + proto + " flows to " + p.dst() + port
                : "new " + proto + " flows from " + p.src() + (port.isEmpty() ? "" : " to" + port);
    }
}
