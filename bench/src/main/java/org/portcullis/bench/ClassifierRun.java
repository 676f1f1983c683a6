package org.portcullis.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ClassifierBenchmark} over the workloads whose data is present and prints flows per CPU second for the
 * classifier and the linear walk side by side. Arguments: workload names (default: all); system properties
 * {@code warmup}, {@code iterations} and {@code seconds} set the JMH iterations.
 */
public final class ClassifierRun {
    private static final List<String> ALL = List.of("direct_10", "direct_1000", "direct_10000",
            "acl_1k", "fw_1k", "ipc_1k", "acl_10k", "fw_10k", "ipc_10k");

    private ClassifierRun() {
    }

    public static void main(String[] args) throws RunnerException {
        List<String> wanted = new ArrayList<>(args.length > 0 ? Arrays.asList(args) : ALL);
        wanted.removeIf(w -> {
            boolean missing = !Workloads.available(w);
            if (missing) {
                System.out.println("skipped " + w + ": no data in " + Workloads.CLASSBENCH);
            }
            return missing;
        });
        int seconds = Integer.getInteger("seconds", 1);
        ChainedOptionsBuilder opts = new OptionsBuilder()
                .include(ClassifierBenchmark.class.getName() + ".classify")
                .include(LookupBenchmark.class.getName() + ".lookup")
                .param("workload", wanted.toArray(String[]::new))
                .forks(1)
                .addProfiler(CpuTimeProfiler.class)
                .warmupIterations(Integer.getInteger("warmup", 2))
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(Integer.getInteger("iterations", 3))
                .measurementTime(TimeValue.seconds(seconds))
                .jvmArgsAppend("-Xmx4g", "-Dportcullis.classbench=" + Workloads.CLASSBENCH);
        Collection<RunResult> results = new Runner(opts.build()).run();
        print(wanted, results);
    }

    private static void print(List<String> workloads, Collection<RunResult> results) {
        Map<String, double[]> score = new LinkedHashMap<>();
        for (RunResult r : results) {
            var p = r.getParams();
            String method = p.getBenchmark().substring(p.getBenchmark().lastIndexOf('.') + 1);
            String ct = p.getParam("conntrack") == null ? "-" : p.getParam("conntrack");
            var wall = r.getPrimaryResult();
            var cpu = r.getSecondaryResults().get(CpuTimeProfiler.LABEL);
            score.put(method + "/" + p.getParam("workload") + "/" + ct + "/" + p.getParam("evaluator"),
                    new double[] {cpu.getScore(), wall.getScore()});
        }
        System.out.println();
        System.out.println("Flows decided per CPU second (verdict, deciding rule and trace); wall-clock ops/s in brackets:");
        System.out.println();
        System.out.println("| workload | rules | conntrack | classifier flows/CPU-s (wall) | linear flows/CPU-s (wall) | speed-up |");
        System.out.println("|---|---:|---|---:|---:|---:|");
        for (String w : workloads) {
            int rules = Workloads.rules(Workloads.load(w));
            for (String ct : List.of("off", "on")) {
                row(score, "classify/" + w + "/" + ct + "/", "| " + w + " | " + rules + " | " + ct + " ");
            }
        }
        System.out.println();
        System.out.println("Stateless lookups per CPU second (first candidate rule of the largest chain, no trace); wall-clock in brackets:");
        System.out.println();
        System.out.println("| workload | rules | classifier lookups/CPU-s (wall) | linear lookups/CPU-s (wall) | speed-up |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (String w : workloads) {
            row(score, "lookup/" + w + "/-/", "| " + w + " | " + Workloads.rules(Workloads.load(w)) + " ");
        }
        System.out.println();
        ratio(score, "classify/direct_10/off/classifier", "classify/direct_10000/off/classifier", "flows/s, conntrack off");
        ratio(score, "classify/direct_10/on/classifier", "classify/direct_10000/on/classifier", "flows/s, conntrack on");
        ratio(score, "lookup/direct_10/-/classifier", "lookup/direct_10000/-/classifier", "lookups/s");
    }

    private static void row(Map<String, double[]> score, String prefix, String head) {
        double[] c = score.get(prefix + "classifier");
        double[] l = score.get(prefix + "linear");
        if (c != null && l != null) {
            System.out.printf("%s| %s | %s | %.1f× |%n", head, fmt(c), fmt(l), c[0] / l[0]);
        }
    }

    private static void ratio(Map<String, double[]> score, String small, String large, String what) {
        double[] s = score.get(small);
        double[] l = score.get(large);
        if (s != null && l != null) {
            System.out.printf("classifier %s: 10 000 rules reach %.2f of the throughput at 10 rules (goal ≥ 0.33)%n",
                    what, l[0] / s[0]);
        }
    }

    private static String fmt(double[] s) {
        return String.format("%,.0f (%,.0f)", s[0], s[1]);
    }
}
