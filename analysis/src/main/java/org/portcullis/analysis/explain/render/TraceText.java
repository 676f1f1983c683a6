package org.portcullis.analysis.explain.render;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.analysis.explain.RuleLabel;
import org.portcullis.analysis.explain.RuleNamer;
import org.portcullis.engine.trace.Step;
import org.portcullis.engine.trace.Trace;

/** The steps of a trace as indented lines: hooks, conntrack, chains (nested by jump), rules and policies. */
final class TraceText {
    private final RuleNamer namer;

    TraceText(RuleNamer namer) {
        this.namer = namer;
    }

    List<String> lines(Trace trace, String indent) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        for (TraceView.Item item : TraceView.of(trace, namer)) {
            if (item instanceof TraceView.Item.Passed p) {
                RuleLabel l = namer.label(p.rule());
                out.add(pad(indent, depth + 1) + "rule " + number(l) + (p.continued() ? " no verdict (continue): " : " not matched: ")
                        + words(l));
                continue;
            }
            Step s = ((TraceView.Item.Met) item).step();
            switch (s) {
                case Step.HookEntered h -> {
                    depth = 0;
                    out.add(indent + "hook " + h.hook().nftName() + interfaces(h));
                }
                case Step.ChainEntered c -> {
                    if (c.entry() == Step.Entry.BASE) {
                        depth = 1;
                    } else if (c.entry() == Step.Entry.JUMP) {
                        depth++;
                    }
                    out.add(pad(indent, depth) + "chain " + Words.chain(c.family().nftName(), c.table(), c.chain())
                            + " (" + c.entry().name().toLowerCase(java.util.Locale.ROOT) + ")");
                }
                case Step.RuleMatched m -> {
                    RuleLabel l = namer.label(m.rule(), m.handle());
                    out.add(pad(indent, depth + 1) + "rule " + number(l) + (l.origin() == null ? "" : " " + Words.action(m)) + ": " + words(l));
                    if (l.origin() != null) {
                        out.add(pad(indent, depth + 2) + "nft: " + l.nft());
                    }
                }
                case Step.RuleUnknown u -> {
                    RuleLabel l = namer.label(u.rule(), u.handle());
                    out.add(pad(indent, depth + 1) + "rule " + number(l) + " not evaluated (" + u.reason()
                            + "), taken as not matching: " + words(l));
                }
                case Step.ChainReturned r -> {
                    out.add(pad(indent, depth) + "back from chain " + r.chain());
                    depth = Math.max(1, depth - 1);
                }
                case Step.PolicyApplied p -> out.add(pad(indent, depth + 1) + "policy " + p.policy().nftName());
                case Step.CtLookup c -> out.add(pad(indent, 1) + "conntrack: ct state " + c.state().nftName()
                        + (c.direction() == null ? "" : ", " + c.direction().nftName() + " direction")
                        + (c.newEntry() ? ", new entry" : ""));
                case Step.CtConfirmed c -> out.add(pad(indent, 1) + "conntrack: entry confirmed for " + c.flow());
                case Step.NatApplied n -> out.add(pad(indent, depth + 1) + "nat " + n.kind() + ": " + n.translation());
                case Step.Note n -> out.add(pad(indent, Math.max(depth, 1)) + "note: " + n.text());
            }
        }
        return out;
    }

    private static String interfaces(Step.HookEntered h) {
        String in = h.iif() == null ? "" : "iif " + h.iif();
        String out = h.oif() == null ? "" : "oif " + h.oif();
        String both = in.isEmpty() || out.isEmpty() ? in + out : in + ", " + out;
        return both.isEmpty() ? "" : " (" + both + ")";
    }

    private static String words(RuleLabel l) {
        return l.origin() != null ? l.origin() : l.nft();
    }

    private static String number(RuleLabel l) {
        return "#" + l.ref().index() + (l.handle() > 0 ? " handle " + l.handle() : "");
    }

    private static String pad(String indent, int depth) {
        return indent + "  ".repeat(depth);
    }
}
