package org.portcullis.compile.direct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.portcullis.model.direct.ChainKey;

/**
 * The order of rules in one kernel chain, replaying firewalld's insertions: a rule of priority P under
 * chain key K goes to position {@code 1 + (kernel rules of K with priority <= P)}, its kernel rules
 * consecutively. With one key per chain this is a stable sort by priority; two keys ({@code X} and
 * {@code X_direct}) interleave exactly as firewalld's per-key counters place them.
 */
final class ChainPlacement<T> {
    private record Group<T>(ChainKey key, int priority, List<T> items) {
    }

    private record Slot<T>(ChainKey key, int priority, T item) {
    }

    private final List<Group<T>> groups = new ArrayList<>();

    /** Adds the kernel rules of the next direct rule, in the order rules are (re-)added. */
    void insert(ChainKey key, int priority, List<T> items) {
        groups.add(new Group<>(key, priority, List.copyOf(items)));
    }

    List<T> items() {
        boolean oneKey = groups.stream().map(Group::key).distinct().count() <= 1;
        return oneKey ? sorted() : replayed();
    }

    /** Stable sort by priority; valid when every group has the same key. */
    List<T> sorted() {
        List<T> out = new ArrayList<>();
        groups.stream().sorted(Comparator.comparingInt(Group::priority)).forEach(g -> out.addAll(g.items()));
        return out;
    }

    /** Insertion by firewalld's index rule, one group after the other. */
    List<T> replayed() {
        List<Slot<T>> chain = new ArrayList<>();
        for (Group<T> g : groups) {
            int index = 0;
            for (Slot<T> s : chain) {
                if (s.key().equals(g.key()) && s.priority() <= g.priority()) {
                    index++;
                }
            }
            List<Slot<T>> slots = g.items().stream().map(i -> new Slot<>(g.key(), g.priority(), i)).toList();
            chain.addAll(index, slots);
        }
        return chain.stream().map(Slot::item).toList();
    }
}
