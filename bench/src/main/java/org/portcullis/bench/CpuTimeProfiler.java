package org.portcullis.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Operations per CPU second of the benchmark process (one benchmark thread, so per core): on a machine
 * shared with other work, wall-clock throughput measures the share of the CPU the run got, this does not.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    static final String LABEL = "percpu";

    private long cpuStart;
    private long wallStart;

    @Override
    public String getDescription() {
        return "operations per CPU second of the benchmark process";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        cpuStart = cpu();
        wallStart = System.nanoTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
                                                       IterationResult result) {
        double cpu = (cpu() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        double ops = result.getPrimaryResult().getScore() * wall;
        return List.of(new ScalarResult(LABEL, cpu > 0 ? ops / cpu : Double.NaN, "ops/cpu-s", AggregationPolicy.AVG));
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
