package org.portcullis.compile.direct;

import org.portcullis.compile.Origin;
import org.portcullis.compile.rule.TranslatedRule;

/** A kernel rule with what produced it. */
record PlacedRule(TranslatedRule rule, Origin origin) {
}
