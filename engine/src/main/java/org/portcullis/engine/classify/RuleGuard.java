package org.portcullis.engine.classify;

/**
 * What the leading matches of a rule require of a packet's header, as far as the classifier captures it;
 * each part null when unconstrained. A packet outside any part certainly fails one of those matches.
 */
record RuleGuard(ProtocolSet protocols, Intervals sport, Intervals dport, Intervals saddr, Intervals daddr,
                 NameTest iif, NameTest oif) {
    static final RuleGuard NONE = new RuleGuard(null, null, null, null, null, null, null);
}
