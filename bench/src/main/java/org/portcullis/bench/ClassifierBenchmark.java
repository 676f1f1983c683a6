package org.portcullis.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.portcullis.engine.Packet;
import org.portcullis.engine.Simulator;
import org.portcullis.engine.classify.Classifier;
import org.portcullis.engine.classify.workload.FirstMatch;
import org.portcullis.engine.classify.workload.Workload;
import org.portcullis.engine.conntrack.ConnTrack;
import org.portcullis.engine.eval.Counters;
import org.portcullis.engine.eval.EvalContext;
import org.portcullis.engine.hook.BaseChain;
import org.portcullis.engine.hook.ChainEvaluator;
import org.portcullis.engine.hook.ChainResult;
import org.portcullis.engine.hook.HookPipeline;
import org.portcullis.engine.hook.LinearChainEvaluator;
import org.portcullis.engine.play.SimClock;
import org.portcullis.engine.trace.Verdict;
import org.portcullis.nft.Hook;

/**
 * Flows classified per second on one core: each operation decides one packet of the workload (verdict,
 * deciding rule and trace). Without conntrack the packet meets the input chain with ct state new; with
 * conntrack it crosses prerouting (lookup) and input (evaluation, confirmation).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClassifierBenchmark {
    @Param({"direct_10", "direct_1000", "direct_10000", "acl_1k", "fw_1k", "ipc_1k", "acl_10k", "fw_10k", "ipc_10k"})
    public String workload;

    @Param({"classifier", "linear"})
    public String evaluator;

    @Param({"off", "on"})
    public String conntrack;

    private Packet[] packets;
    private BaseChain chain;
    private ChainEvaluator chains;
    private HookPipeline pipeline;
    private final Counters counters = new Counters();
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Workload w = Workloads.load(workload);
        packets = w.packets().toArray(Packet[]::new);
        chain = w.chain();
        chains = evaluator.equals("linear") ? new LinearChainEvaluator() : Classifier.evaluator(w.ruleset());
        pipeline = conntrack.equals("on") ? new HookPipeline(w.ruleset(), chains, new ConnTrack(new SimClock(Simulator.EPOCH))) : null;
    }

    @Benchmark
    public ChainResult classify() {
        Packet p = packets[next];
        next = next + 1 == packets.length ? 0 : next + 1;
        if (pipeline == null) {
            return FirstMatch.classify(chains, chain, p, counters);
        }
        EvalContext ctx = new EvalContext(p, counters);
        ChainResult pre = pipeline.run(Hook.PREROUTING, ctx);
        return pre.kind() == Verdict.Kind.ACCEPT ? pipeline.run(Hook.INPUT, ctx) : pre;
    }
}
