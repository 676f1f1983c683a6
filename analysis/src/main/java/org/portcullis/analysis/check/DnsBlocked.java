package org.portcullis.analysis.check;

import java.util.List;

import org.portcullis.analysis.explain.render.Words;
import org.portcullis.model.net.IpAddress;

/**
 * Queries to a resolver the host uses are dropped or refused: over UDP name resolution hangs (or fails at once
 * when refused); over TCP only, answers too large for UDP cannot be fetched. {@code flows} are the failed
 * queries, UDP first.
 */
public record DnsBlocked(IpAddress resolver, List<Flow> flows, Fix fix) implements Finding {
    public DnsBlocked {
        flows = List.copyOf(flows);
    }

    @Override
    public String kind() {
        return "dns-blocked";
    }

    @Override
    public String title() {
        Flow first = flows.getFirst();
        if (first.endpoints().startsWith("udp ")) {
            String effect = first.outcome().equals("timeout") ? "name resolution will hang" : "name resolution will fail";
            return "DNS blocked: queries to the resolver " + resolver + " are " + fate(first) + "; " + effect;
        }
        return "DNS over TCP blocked: queries to the resolver " + resolver + " on tcp/53 are " + fate(first)
                + "; answers too large for UDP cannot be fetched";
    }

    private static String fate(Flow f) {
        return Words.fate(f.packet().fate());
    }

    @Override
    public List<String> also() {
        return List.of();
    }
}
