package org.portcullis.config.iptables;

import java.util.Set;

import org.portcullis.model.rule.Target;

/** Creates the target module for {@code -j NAME} or {@code -g CHAIN}. */
final class Targets {
    private static final Set<String> BUILTIN = Set.of("ACCEPT", "DROP", "RETURN", "REJECT", "LOG", "MASQUERADE",
            "SNAT", "DNAT", "REDIRECT", "MARK", "NOTRACK", "CT");

    private Targets() {
    }

    static boolean isBuiltinTarget(String name) {
        return BUILTIN.contains(name) || Extensions.isTarget(name);
    }

    static TargetModule create(String name, boolean jump) {
        if (!jump) {
            return new PlainTarget(name, new Target.Goto(name));
        }
        return switch (name) {
            case "ACCEPT" -> new PlainTarget(name, new Target.Accept());
            case "DROP" -> new PlainTarget(name, new Target.Drop());
            case "RETURN" -> new PlainTarget(name, new Target.Return());
            case "NOTRACK" -> new PlainTarget(name, new Target.Notrack());
            case "REJECT" -> new RejectTarget();
            case "LOG" -> new LogTarget();
            case "MASQUERADE", "SNAT", "DNAT", "REDIRECT" -> new NatTarget(name);
            case "MARK" -> new MarkTarget();
            case "CT" -> new CtTarget();
            default -> {
                if (Extensions.isTarget(name)) {
                    throw IptablesError.unsupported("\"-j " + name + "\"");
                }
                yield new PlainTarget(name, new Target.Jump(name));
            }
        };
    }
}
