package org.portcullis.bench;

import java.util.Comparator;
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
import org.portcullis.engine.classify.Classifier;
import org.portcullis.engine.classify.workload.FirstMatch;
import org.portcullis.engine.classify.workload.Workload;
import org.portcullis.engine.eval.Counters;
import org.portcullis.engine.eval.EvalContext;
import org.portcullis.engine.eval.RuleEvaluator;
import org.portcullis.engine.eval.RuleOutcome;
import org.portcullis.engine.trace.RuleRef;
import org.portcullis.nft.Chain;
import org.portcullis.nft.Table;

/**
 * Stateless lookups per second on one core: the first rule of the workload's largest chain a packet may
 * match, by the classifier or by trying rules in order with the reference rule evaluator (no trace).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LookupBenchmark {
    @Param({"direct_10", "direct_1000", "direct_10000", "acl_1k", "fw_1k", "ipc_1k", "acl_10k", "fw_10k", "ipc_10k"})
    public String workload;

    @Param({"classifier", "linear"})
    public String evaluator;

    private Packet[] packets;
    private Table table;
    private Chain chain;
    private Classifier classifier;
    private final Counters counters = new Counters();
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Workload w = Workloads.load(workload);
        packets = w.packets().toArray(Packet[]::new);
        table = w.ruleset().tables().getFirst();
        chain = table.chains().stream().max(Comparator.comparingInt(c -> c.rules().size())).orElseThrow();
        classifier = evaluator.equals("linear") ? null : new Classifier(w.ruleset());
    }

    @Benchmark
    public int lookup() {
        Packet p = packets[next];
        next = next + 1 == packets.length ? 0 : next + 1;
        if (classifier != null) {
            return classifier.next(chain, 0, p);
        }
        EvalContext ctx = new EvalContext(p, counters);
        ctx.ct(FirstMatch.NEW);
        for (int i = 0; i < chain.rules().size(); i++) {
            RuleRef ref = new RuleRef(table.family(), table.name(), chain.name(), i);
            if (!(RuleEvaluator.evaluate(chain.rules().get(i), ref, table, ctx) instanceof RuleOutcome.NoMatch)) {
                return i;
            }
        }
        return chain.rules().size();
    }
}
