package org.portcullis.daemon.zone;

import java.util.List;
import java.util.function.UnaryOperator;

import org.portcullis.config.catalog.Builtins;
import org.portcullis.daemon.Dispatcher;
import org.portcullis.daemon.Firewall;
import org.portcullis.daemon.HandlerFamily;
import org.portcullis.daemon.api.PolicyOps;
import org.portcullis.daemon.api.Response;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.zone.Names;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.Primitives;

/**
 * The policy options with {@code --permanent}: the edited settings are checked as a whole and written to
 * {@code policies/NAME.xml}; {@code --reload} applies them.
 */
public final class PermanentPolicyHandlers implements HandlerFamily {
    /** firewalld limits policy names so that its chain names stay within iptables' limit. */
    static final int NEW_POLICY_MAX = 18;

    private final Firewall fw;

    public PermanentPolicyHandlers(Firewall fw) {
        this.fw = fw;
    }

    @Override
    public void register(Dispatcher d) {
        PolicyViews.register(d, true, fw::permanentZones);
        d.permanent(PolicyOps.NEW_POLICY, a -> newPolicy(a.get(0)));
        d.permanent(PolicyOps.DELETE_POLICY, a -> {
            String name = a.get(0);
            fw.changePermanentZones("delete policy " + name, set -> {
                set.policy(name);
                if (Builtins.policies().stream().anyMatch(p -> p.name().equals(name))) {
                    throw new FirewallException(ErrorCode.UNKNOWN_ERROR, "'" + name + "' is built-in policy");
                }
                return set.withoutPolicy(name);
            });
            return Response.ok();
        });
        d.permanent(PolicyOps.UPDATE, a -> update(a.get(0), x -> x));
        d.permanent(PolicyOps.SET_TARGET, a -> update(a.get(0), x -> x.withTarget(a.get(1))));
        d.permanent(PolicyOps.SET_PRIORITY, a -> update(a.get(0), x -> x.withPriority(Integer.parseInt(a.get(1)))));
        d.permanent(PolicyOps.SET_DESCRIPTION, a -> update(a.get(0),
                x -> x.withDescriptions(x.shortDescription(), a.get(1))));
        d.permanent(PolicyOps.SET_SHORT, a -> update(a.get(0), x -> x.withDescriptions(a.get(1), x.description())));
        for (String kind : PolicyOps.ITEMS) {
            for (String verb : List.of("add", "remove")) {
                d.permanent(verb.equals("add") ? PolicyOps.add(kind) : PolicyOps.remove(kind), a -> update(a.get(0),
                        x -> {
                            for (String value : values(kind, a)) {
                                x = PolicyViews.edit(x, verb, kind, value);
                            }
                            return x;
                        }));
            }
        }
    }

    /** The values of an item request; masquerade takes none. */
    static List<String> values(String kind, List<String> args) {
        return kind.equals("masquerade") ? List.of("") : args.subList(1, args.size());
    }

    private Response update(String name, UnaryOperator<PolicyDraft> edit) {
        fw.changePermanentZones("policy " + name, set ->
                set.with(asReread(PolicyChecks.check(set, edit.apply(PolicyDraft.of(set.policy(name)))))));
        return Response.ok();
    }

    /**
     * The policy as firewalld holds it after reading back the file it wrote: a port or source port inside a
     * listed range is dropped, overlapping ranges coalesce. (firewalld keeps the edited list until its file
     * watcher reads the file again, a moment later.)
     */
    static Policy asReread(Policy p) {
        Primitives x = p.primitives();
        Policy read = p.with(y -> new Primitives(y.services(), List.of(), y.protocols(), List.of(), y.icmpBlocks(),
                y.masquerade(), y.forwardPorts(), y.richRules()));
        for (Port port : x.ports()) {
            read = readAgain(read, y -> y.withPort(port, p.name()));
        }
        for (Port port : x.sourcePorts()) {
            read = readAgain(read, y -> y.withSourcePort(port, p.name()));
        }
        return read;
    }

    private static Policy readAgain(Policy p, UnaryOperator<Primitives> add) {
        try {
            return p.with(add);
        } catch (FirewallException alreadyListed) {
            return p;
        }
    }

    /** An existing name conflicts first, then the name is checked, then the new policy as a whole. */
    private Response newPolicy(String name) {
        fw.changePermanentZones("new policy " + name, set -> {
            if (set.policies().containsKey(name)) {
                throw new FirewallException(ErrorCode.NAME_CONFLICT, "new_policy_object(): '" + name + "'");
            }
            Names.check(name, Names.POLICY_MAX);
            String prefix = "Policy '" + name + "': ";
            if (name.startsWith("/")) {
                throw new FirewallException(ErrorCode.INVALID_NAME, prefix + "name can't start with '/'");
            }
            if (name.endsWith("/")) {
                throw new FirewallException(ErrorCode.INVALID_NAME, prefix + "name can't end with '/'");
            }
            if (name.chars().filter(c -> c == '/').count() > 1) {
                throw new FirewallException(ErrorCode.INVALID_NAME, prefix + "name has more than one '/'");
            }
            String checked = name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
            if (checked.length() > NEW_POLICY_MAX) {
                throw new FirewallException(ErrorCode.INVALID_NAME,
                        prefix + "name has " + checked.length() + " chars, max is " + NEW_POLICY_MAX);
            }
            return set.with(PolicyChecks.check(set, PolicyDraft.of(Policy.empty(name))));
        });
        return Response.ok();
    }
}
