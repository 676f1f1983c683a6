package org.portcullis.engine.hook;

import org.portcullis.engine.eval.EvalContext;

/**
 * Evaluates one base chain (and the chains it jumps to) for a packet. The linear walk is the reference;
 * a compiled classifier may implement the same contract.
 */
public interface ChainEvaluator {
    ChainResult evaluate(BaseChain base, EvalContext ctx);
}
