package org.portcullis.engine.trace;

import java.util.List;

import org.portcullis.nft.Hook;

/** The steps a packet met and the verdict they led to. */
public record Trace(List<Step> steps, Verdict verdict) {
    public Trace {
        steps = List.copyOf(steps);
    }

    /** The hooks the packet entered, in order. */
    public List<Hook> hooks() {
        return steps.stream().filter(s -> s instanceof Step.HookEntered).map(s -> ((Step.HookEntered) s).hook()).toList();
    }

    /** The rules that matched, in order. */
    public List<Step.RuleMatched> matched() {
        return steps.stream().filter(s -> s instanceof Step.RuleMatched).map(s -> (Step.RuleMatched) s).toList();
    }
}
