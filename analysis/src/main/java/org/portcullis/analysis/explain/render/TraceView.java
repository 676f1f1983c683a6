package org.portcullis.analysis.explain.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.portcullis.analysis.explain.RuleNamer;
import org.portcullis.engine.trace.RuleAction;
import org.portcullis.engine.trace.RuleRef;
import org.portcullis.engine.trace.Step;
import org.portcullis.engine.trace.Trace;
import org.portcullis.nft.Family;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Stmt;

/**
 * A trace with the rules a packet passed in each chain made explicit. The trace records the rules that
 * matched; every rule of a chain between two recorded positions, or after the last one when the chain ran
 * to its end, did not match (a rule index skips only rules that cannot match).
 */
final class TraceView {

    /** One line of the view: a recorded step, or a rule the packet passed. */
    sealed interface Item {
        record Met(Step step) implements Item {
        }

        /** {@code continued}: the rule may have matched, but its verdict was continue. */
        record Passed(RuleRef rule, boolean continued) implements Item {
        }
    }

    private static final class Frame {
        final Family family;
        final String table;
        final String chain;
        int next;
        boolean ended;

        Frame(Family family, String table, String chain) {
            this.family = family;
            this.table = table;
            this.chain = chain;
        }
    }

    private final RuleNamer namer;
    private final List<Item> items = new ArrayList<>();
    private final Deque<Frame> callers = new ArrayDeque<>();
    private Frame current;

    private TraceView(RuleNamer namer) {
        this.namer = namer;
    }

    static List<Item> of(Trace trace, RuleNamer namer) {
        TraceView v = new TraceView(namer);
        trace.steps().forEach(v::step);
        return v.items;
    }

    private void step(Step s) {
        switch (s) {
            case Step.HookEntered h -> {
                callers.clear();
                current = null;
            }
            case Step.ChainEntered c -> {
                if (c.entry() == Step.Entry.BASE) {
                    callers.clear();
                } else if (c.entry() == Step.Entry.JUMP && current != null) {
                    callers.push(current);
                }
                current = new Frame(c.family(), c.table(), c.chain());
            }
            case Step.RuleMatched m -> {
                reach(m.rule());
                if (current != null && endsChain(m.action())) {
                    current.ended = true;
                }
            }
            case Step.RuleUnknown u -> reach(u.rule());
            case Step.ChainReturned r -> {
                finish();
                current = callers.poll();
            }
            case Step.PolicyApplied p -> {
                finish();
                current = null;
            }
            case Step.CtLookup c -> {
            }
            case Step.CtConfirmed c -> {
            }
            case Step.NatApplied n -> {
            }
            case Step.Note n -> {
            }
        }
        items.add(new Item.Met(s));
    }

    private static boolean endsChain(RuleAction a) {
        return switch (a) {
            case ACCEPT, DROP, REJECT, RETURN, NAT -> true;
            case CONTINUE, JUMP, GOTO, NONE -> false;
        };
    }

    private boolean inCurrent(RuleRef r) {
        return current != null && current.family == r.family() && current.table.equals(r.table())
                && current.chain.equals(r.chain());
    }

    private void reach(RuleRef r) {
        if (!inCurrent(r)) {
            return;
        }
        pass(r.index());
        current.next = r.index() + 1;
    }

    private void finish() {
        if (current != null && !current.ended) {
            pass(namer.chainSize(current.family, current.table, current.chain));
            current.ended = true;
        }
    }

    private void pass(int until) {
        for (int i = current.next; i < until; i++) {
            RuleRef ref = new RuleRef(current.family, current.table, current.chain, i);
            Rule rule = namer.rule(ref);
            boolean continued = rule != null && !rule.stmts().isEmpty()
                    && rule.stmts().getLast() instanceof Stmt.Verdict v && v.kind() == Stmt.VerdictKind.CONTINUE;
            items.add(new Item.Passed(ref, continued));
        }
        current.next = Math.max(current.next, until);
    }
}
