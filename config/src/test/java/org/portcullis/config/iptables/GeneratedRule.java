package org.portcullis.config.iptables;

import org.portcullis.model.direct.Ipv;
import org.portcullis.model.rule.RuleSpec;

/** A valid rule and where it lives, made by {@link RuleSpecs}. */
record GeneratedRule(Ipv ipv, String table, String chain, RuleSpec spec) {
}
