package org.portcullis.daemon.zone;

import org.portcullis.config.catalog.ZoneSet;
import java.util.List;

import org.portcullis.config.rich.RichRuleParser;
import org.portcullis.daemon.Dispatcher;
import org.portcullis.daemon.Firewall;
import org.portcullis.daemon.HandlerFamily;
import org.portcullis.daemon.api.PolicyOps;
import org.portcullis.daemon.api.Response;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.zone.ForwardPort;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Port;

/**
 * The policy options without {@code --permanent}. The edited settings are checked as a whole first; then
 * each change is made to the runtime policy in turn as firewalld makes it (a port inside a listed range is
 * already enabled, ranges coalesce). A change refused there ends the command, keeping the changes before it.
 */
public final class RuntimePolicyHandlers implements HandlerFamily {
    private final Firewall fw;

    public RuntimePolicyHandlers(Firewall fw) {
        this.fw = fw;
    }

    @Override
    public void register(Dispatcher d) {
        PolicyViews.register(d, false, () -> fw.runtime().zones());
        d.runtime(PolicyOps.UPDATE, a -> {
            ZoneSet set = fw.runtime().zones();
            PolicyChecks.check(set, PolicyDraft.of(set.policy(a.get(0))));
            return Response.ok();
        });
        for (String kind : PolicyOps.ITEMS) {
            d.runtime(PolicyOps.add(kind), a -> change(a.get(0), "add", kind, PermanentPolicyHandlers.values(kind, a)));
            d.runtime(PolicyOps.remove(kind), a -> change(a.get(0), "remove", kind,
                    PermanentPolicyHandlers.values(kind, a)));
        }
    }

    private Response change(String name, String verb, String kind, List<String> values) {
        FirewallException[] refused = {null};
        fw.change("policy " + name + ": " + verb + " " + kind + " " + String.join(" ", values), rt -> {
            ZoneSet set = rt.zones();
            Policy current = set.policy(name);
            PolicyDraft draft = PolicyDraft.of(current);
            for (String v : values) {
                draft = PolicyViews.edit(draft, verb, kind, v);
            }
            PolicyChecks.check(set, draft);
            Policy next = current;
            for (String v : values) {
                try {
                    next = apply(next, verb.equals("add"), kind, v);
                } catch (FirewallException e) {
                    refused[0] = e;
                    break;
                }
            }
            return rt.withZones(set.with(next));
        });
        if (refused[0] != null) {
            throw refused[0];
        }
        return Response.ok();
    }

    /** One runtime change, with firewalld's runtime messages ({@code 'ssh' already in 'p1'}). */
    private static Policy apply(Policy p, boolean add, String kind, String value) {
        String n = p.name();
        return switch (kind) {
            case "service" -> p.with(x -> add ? x.withService(value, n) : x.withoutService(value, n));
            case "port" -> p.with(x -> add ? x.withPort(Port.parse(value), n) : x.withoutPort(Port.parse(value), n));
            case "protocol" -> p.with(x -> add ? x.withProtocol(value, n) : x.withoutProtocol(value, n));
            case "source-port" -> p.with(x -> add ? x.withSourcePort(Port.parse(value), n)
                    : x.withoutSourcePort(Port.parse(value), n));
            case "icmp-block" -> p.with(x -> add ? x.withIcmpBlock(value, n) : x.withoutIcmpBlock(value, n));
            case "forward-port" -> p.with(x -> add ? x.withForwardPort(ForwardPort.parse(value), n)
                    : x.withoutForwardPort(ForwardPort.parse(value), n));
            case "masquerade" -> p.with(x -> x.withMasquerade(add, n));
            case "rich-rule" -> p.with(x -> add ? x.withRichRule(RichRuleParser.parse(value), n)
                    : x.withoutRichRule(RichRuleParser.parse(value), n));
            case "ingress-zone" -> add ? p.withIngressZone(value) : p.withoutIngressZone(value);
            case "egress-zone" -> add ? p.withEgressZone(value) : p.withoutEgressZone(value);
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
