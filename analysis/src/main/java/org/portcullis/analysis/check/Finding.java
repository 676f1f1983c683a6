package org.portcullis.analysis.check;

import java.util.List;

/**
 * One warning of {@code portcullis check}: a concrete flow the ruleset breaks (or, for IPv6, lets through),
 * the rule that decided it, and how to fix it.
 */
public sealed interface Finding permits SessionLockout, RepliesDropped, DnsBlocked, Ipv6LeftOpen {

    /** A stable name: {@code ssh-lockout}, {@code replies-dropped}, {@code dns-blocked} or {@code ipv6-open}. */
    String kind();

    /** One line saying what goes wrong. */
    String title();

    /** The flows that show it, the most telling first. */
    List<Flow> flows();

    /** Other flows broken (or let through) the same way, in brief. */
    List<String> also();

    Fix fix();
}
