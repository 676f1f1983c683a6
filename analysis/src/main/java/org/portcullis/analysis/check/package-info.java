/**
 * Warns about what bites people who restrict a host's traffic, judged by playing connections through the
 * compiled ruleset on the simulated kernel ({@link org.portcullis.analysis.explain.Explainer}), never by reading
 * rule text: replies dropped for want of an established/related rule ({@link org.portcullis.analysis.check.RepliesCheck}),
 * IPv6 left open beside an IPv4-only restriction ({@link org.portcullis.analysis.check.Ipv6Check}), DNS queries to
 * the resolvers dropped ({@link org.portcullis.analysis.check.DnsCheck}) and the administrator's own ssh session cut
 * ({@link org.portcullis.analysis.check.SessionCheck}). Each {@link org.portcullis.analysis.check.Finding} carries
 * the concrete flow that breaks, the rule that decided it in the user's words, and a fix.
 */
package org.portcullis.analysis.check;
