package org.portcullis.compile.direct;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The jumps and gotos between the chains of the direct tables. The kernel refuses a ruleset in which a
 * base chain reaches a loop of jumps, so such a configuration fails as iptables-restore fails on it.
 */
final class JumpGraph {
    private final Map<KernelChain, Set<KernelChain>> edges = new LinkedHashMap<>();

    /**
     * Adds a jump of a rule in {@code from}; throws COMMAND_FAILED, naming {@code from} as iptables-restore
     * names the rule it could not insert, when this jump makes a loop reachable from a base chain.
     */
    void addChecked(KernelChain from, KernelChain to) {
        if (!edges.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to)) {
            return;
        }
        Set<KernelChain> done = new HashSet<>();
        for (KernelChain start : edges.keySet()) {
            if (start.base() != null && reachesLoop(start, new HashSet<>(), done)) {
                throw RestoreFailure.loop(from.ipv(), from.name());
            }
        }
    }

    private boolean reachesLoop(KernelChain chain, Set<KernelChain> onPath, Set<KernelChain> done) {
        if (done.contains(chain)) {
            return false;
        }
        onPath.add(chain);
        for (KernelChain next : edges.getOrDefault(chain, Set.of())) {
            if (onPath.contains(next) || reachesLoop(next, onPath, done)) {
                return true;
            }
        }
        onPath.remove(chain);
        done.add(chain);
        return false;
    }
}
