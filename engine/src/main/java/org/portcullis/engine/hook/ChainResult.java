package org.portcullis.engine.hook;

import org.portcullis.engine.trace.RejectKind;
import org.portcullis.engine.trace.Step;
import org.portcullis.engine.trace.Verdict;

/** How a base chain ended: accept, drop or reject, and the step that decided. */
public record ChainResult(Verdict.Kind kind, RejectKind reject, Step decidedBy) {
}
