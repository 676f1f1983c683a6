package org.portcullis.analysis.check;

import java.util.List;

/**
 * Replies dropped for want of an established/related rule: {@code leaving} the host's answers to connections it
 * accepts (its ssh server, a zone's services) and the ICMP errors it sends are dropped on the way out; otherwise
 * the answers to connections the host opens are dropped on the way in. {@code family} is {@code ipv4} or
 * {@code ipv6}, {@code interfaces} where it was seen.
 */
public record RepliesDropped(String family, boolean leaving, List<String> interfaces, Flow flow, List<String> also,
                             Fix fix) implements Finding {
    public RepliesDropped {
        interfaces = List.copyOf(interfaces);
        also = List.copyOf(also);
    }

    @Override
    public String kind() {
        return "replies-dropped";
    }

    @Override
    public String title() {
        return leaving
                ? "replies dropped on " + String.join(", ", interfaces) + " (" + family + "): outbound traffic is restricted"
                        + " without accepting established and related packets, so answers to connections the host"
                        + " accepts (its ssh server, zone services) and the ICMP errors it sends cannot leave"
                : "replies dropped on " + String.join(", ", interfaces) + " (" + family + "): inbound traffic is restricted"
                        + " without accepting established and related packets, so answers to connections the host"
                        + " opens cannot arrive";
    }

    @Override
    public List<Flow> flows() {
        return List.of(flow);
    }
}
