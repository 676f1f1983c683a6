package org.portcullis.compile.zone;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.nft.Rule;

/** The rules of a zone's pre, log, deny, allow and post chains while they are being filled. */
final class ZoneParts {
    final List<Rule> pre = new ArrayList<>();
    final List<Rule> log = new ArrayList<>();
    final List<Rule> deny = new ArrayList<>();
    final List<Rule> allow = new ArrayList<>();
    final List<Rule> post = new ArrayList<>();
}
