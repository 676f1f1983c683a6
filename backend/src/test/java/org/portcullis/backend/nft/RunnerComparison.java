package org.portcullis.backend.nft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.portcullis.backend.BackendException;
import org.portcullis.backend.NftablesBackend;
import org.portcullis.nft.BaseHook;
import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Op;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;
import org.portcullis.nft.text.NftText;
import org.portcullis.testkit.Netns;

/**
 * Times replacing a table of N rules ({@code oifname "enp3s0" tcp dport I accept}) through the nft process
 * and through in-process libnftables, inside a private namespace, and prints medians in ms: the bare
 * document run, and {@link NftablesBackend#apply} (which also lists the tables and renders the ruleset). Usage: {@code RunnerComparison [N...]}.
 */
public final class RunnerComparison {
    private RunnerComparison() {
    }

    public static void main(String[] args) throws BackendException {
        int[] sizes = args.length == 0 ? new int[] {10, 1000, 10000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.println("load average before: " + loadAverage());
        System.out.println("| N rules | reps | process: document only | process: backend apply | FFM: document only"
                + " | FFM: backend apply | FFM: current() list+read |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        try (Netns ns = Netns.create("pc-bench")) {
            for (int n : sizes) {
                Ruleset r = ruleset(n);
                int reps = n >= 10000 ? 7 : 11;
                String doc = NftText.render(r);
                String replace = "add table inet portcullis_bench\ndelete table inet portcullis_bench\n" + doc;
                double procDoc;
                double proc;
                double ffmDoc;
                double ffm;
                double list;
                try (NftablesBackend p = new NftablesBackend(ProcessNftRunner.inNetns(ns.name()))) {
                    procDoc = median(reps, () -> p.runner().run(replace));
                    proc = median(reps, () -> p.apply(r));
                    p.removeAll();
                }
                try (NftablesBackend f = new NftablesBackend(LibNftablesRunner.open(Optional.of(ns.name())))) {
                    ffmDoc = median(reps, () -> f.runner().run(replace));
                    ffm = median(reps, () -> f.apply(r));
                    list = median(reps, () -> {
                        if (f.current().tables().getFirst().chains().getFirst().rules().size() != n) {
                            throw new IllegalStateException("kernel does not hold " + n + " rules");
                        }
                    });
                    f.removeAll();
                }
                System.out.printf("| %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f |%n", n, reps, procDoc, proc, ffmDoc, ffm, list);
            }
        }
        System.out.println("load average after: " + loadAverage() + " on " + Runtime.getRuntime().availableProcessors()
                + " CPUs");
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private interface Step {
        void run() throws BackendException;
    }

    private static double median(int reps, Step step) throws BackendException {
        step.run();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            step.run();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        ms.sort(Double::compare);
        return ms.get(ms.size() / 2);
    }

    static Ruleset ruleset(int n) {
        List<Rule> rules = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            rules.add(new Rule(List.of(
                    new Stmt.Match(new Expr.Meta("oifname"), Op.EQ, new Expr.Str("enp3s0")),
                    new Stmt.Match(new Expr.Payload("tcp", "dport"), Op.EQ, new Expr.Num(i)),
                    Stmt.Verdict.ACCEPT)));
        }
        return new Ruleset(List.of(new Table(Family.INET, "portcullis_bench", List.of(), List.of(
                new Chain("bench", new BaseHook(ChainType.FILTER, Hook.FORWARD, 0, ChainPolicy.ACCEPT), rules)))));
    }
}
