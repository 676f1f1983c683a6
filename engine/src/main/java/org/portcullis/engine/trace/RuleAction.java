package org.portcullis.engine.trace;

/** What a matching rule did. {@code NONE}: it matched but only counted or logged. */
public enum RuleAction {
    ACCEPT, DROP, REJECT, CONTINUE, RETURN, JUMP, GOTO, NAT, NONE
}
