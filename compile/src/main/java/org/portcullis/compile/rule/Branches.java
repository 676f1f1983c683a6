package org.portcullis.compile.rule;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.nft.Stmt;

/**
 * A condition as a disjunction of mutually exclusive conjunctions: each branch becomes one kernel rule,
 * and a packet can satisfy at most one branch, so a non-final target still runs at most once.
 */
public record Branches(List<List<Stmt>> branches) {
    public static final Branches ALWAYS = new Branches(List.of(List.of()));

    public Branches {
        branches = branches.stream().map(List::copyOf).toList();
    }

    public static Branches of(Stmt... stmts) {
        return new Branches(List.of(List.of(stmts)));
    }

    /** One branch holding all of {@code stmts}. */
    public static Branches all(List<Stmt> stmts) {
        return new Branches(List.of(stmts));
    }

    public static Branches anyOf(List<List<Stmt>> branches) {
        return new Branches(branches);
    }

    /** Both conditions: every branch of this one combined with every branch of the other, in order. */
    public Branches and(Branches other) {
        List<List<Stmt>> out = new ArrayList<>();
        for (List<Stmt> a : branches) {
            for (List<Stmt> b : other.branches) {
                List<Stmt> both = new ArrayList<>(a);
                both.addAll(b);
                out.add(both);
            }
        }
        return new Branches(out);
    }
}
