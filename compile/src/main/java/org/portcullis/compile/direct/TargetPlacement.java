package org.portcullis.compile.direct;

import java.util.Set;

import org.portcullis.model.rule.Target;

/**
 * Where iptables lets a target be used: NAT targets only in the nat table and their hooks, NOTRACK only in
 * raw, REJECT only at the input, forward and output hooks, DROP never in nat. Hooks are checked for rules in
 * built-in chains; a user chain is only held to its table.
 */
final class TargetPlacement {
    private static final Set<String> REJECT_HOOKS = Set.of("INPUT", "FORWARD", "OUTPUT");

    private TargetPlacement() {
    }

    static void check(KernelChain chain, Target target) {
        if (target == null) {
            return;
        }
        boolean nat = chain.table().equals("nat");
        String hook = chain.base() == null ? null : chain.name();
        boolean allowed = switch (target) {
            case Target.Masquerade m -> nat && in(hook, Set.of("POSTROUTING"));
            case Target.Snat s -> nat && in(hook, Set.of("POSTROUTING", "INPUT"));
            case Target.Dnat d -> nat && in(hook, Set.of("PREROUTING", "OUTPUT"));
            case Target.Redirect r -> nat && in(hook, Set.of("PREROUTING", "OUTPUT"));
            case Target.Notrack n -> chain.table().equals("raw");
            case Target.Reject r -> in(hook, REJECT_HOOKS);
            case Target.Drop d -> {
                if (nat) {
                    throw RestoreFailure.dropInNat(chain.ipv());
                }
                yield true;
            }
            case Target.Accept a -> true;
            case Target.Return r -> true;
            case Target.Log l -> true;
            case Target.Jump j -> true;
            case Target.Goto g -> true;
            case Target.SetMark m -> true;
        };
        if (!allowed) {
            throw RestoreFailure.invalidTarget(chain.ipv(), chain.name());
        }
    }

    private static boolean in(String hook, Set<String> hooks) {
        return hook == null || hooks.contains(hook);
    }
}
