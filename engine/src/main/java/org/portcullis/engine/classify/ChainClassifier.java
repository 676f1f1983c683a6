package org.portcullis.engine.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.portcullis.engine.Packet;
import org.portcullis.nft.Chain;

/**
 * The decision structure of one chain: a dimension per header field some rule constrains; a packet's
 * candidates are the rules present in the vector every dimension selects for it, in rule order.
 */
final class ChainClassifier {
    private final int size;
    private final Dimension[] dimensions;
    private final Bits all;
    /** The vectors selected for the packet met last: the linear walk asks again after each candidate. */
    private Selection last;

    private record Selection(Packet packet, Bits[] vectors) {
    }

    ChainClassifier(Chain chain, GuardReader reader) {
        List<RuleGuard> guards = chain.rules().stream().map(reader::read).toList();
        size = guards.size();
        all = Bits.all(size);
        List<Dimension> dims = new ArrayList<>();
        if (guards.stream().anyMatch(g -> g.protocols() != null)) {
            dims.add(new ProtocolDimension(column(guards, RuleGuard::protocols)));
        }
        addInterval(dims, column(guards, RuleGuard::dport), GuardReader.PORT_MAX, false, p -> p.dport());
        addInterval(dims, column(guards, RuleGuard::sport), GuardReader.PORT_MAX, false, p -> p.sport());
        addInterval(dims, column(guards, RuleGuard::daddr), GuardReader.V4_MAX, false, p -> p.dst().lo());
        addInterval(dims, column(guards, RuleGuard::saddr), GuardReader.V4_MAX, false, p -> p.src().lo());
        addName(dims, column(guards, RuleGuard::iif), Packet::iif);
        addName(dims, column(guards, RuleGuard::oif), Packet::oif);
        dimensions = dims.toArray(Dimension[]::new);
    }

    private static <T> List<T> column(List<RuleGuard> guards, Function<RuleGuard, T> part) {
        List<T> out = new ArrayList<>(guards.size());
        for (RuleGuard g : guards) {
            out.add(part.apply(g));
        }
        return out;
    }

    private static void addInterval(List<Dimension> dims, List<Intervals> sets, long max, boolean v6,
                                    java.util.function.ToLongFunction<Packet> field) {
        if (sets.stream().anyMatch(Objects::nonNull)) {
            dims.add(new IntervalDimension(sets, max, v6, field));
        }
    }

    private static void addName(List<Dimension> dims, List<NameTest> tests, Function<Packet, String> field) {
        if (tests.stream().anyMatch(Objects::nonNull)) {
            dims.add(new NameDimension(tests, field));
        }
    }

    /** The first candidate rule at or after {@code from}, or the chain's size when none is left. */
    int next(int from, Packet packet) {
        if (from >= size) {
            return size;
        }
        Selection s = last;
        if (s == null || s.packet() != packet) {
            Bits[] vectors = new Bits[Math.max(1, dimensions.length)];
            vectors[0] = all;
            for (int d = 0; d < dimensions.length; d++) {
                vectors[d] = dimensions[d].select(packet);
            }
            Bits.sortBySize(vectors);
            s = new Selection(packet, vectors);
            last = s;
        }
        return Bits.firstCommon(s.vectors(), from, size);
    }
}
