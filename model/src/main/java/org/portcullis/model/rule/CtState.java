package org.portcullis.model.rule;

/** Connection tracking states as iptables' state and conntrack matches name them. */
public enum CtState {
    INVALID, NEW, ESTABLISHED, RELATED, UNTRACKED, SNAT, DNAT
}
