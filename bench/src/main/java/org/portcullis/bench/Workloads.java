package org.portcullis.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.portcullis.engine.classify.workload.ClassBench;
import org.portcullis.engine.classify.workload.DirectRulesetGenerator;
import org.portcullis.engine.classify.workload.Workload;

/**
 * The benchmark workloads by name: ClassBench sets ({@code acl_1k} … {@code ipc_10k}, with their trace when
 * there is one, otherwise packets sampled from the rules) and generated direct-rule sets ({@code direct_10}).
 */
final class Workloads {
    static final Path CLASSBENCH = Path.of(System.getProperty("portcullis.classbench", "../shared/data/classbench"));
    static final int FLOWS = 10_000;
    static final long SEED = 1;

    private Workloads() {
    }

    static boolean available(String name) {
        return name.startsWith("direct_") || Files.isReadable(CLASSBENCH.resolve(name));
    }

    static Workload load(String name) {
        if (name.startsWith("direct_")) {
            return DirectRulesetGenerator.generate(Integer.parseInt(name.substring(7)), FLOWS, SEED);
        }
        try {
            var rules = ClassBench.readRules(CLASSBENCH.resolve(name));
            Path trace = CLASSBENCH.resolve(name + "_trace");
            return Files.isReadable(trace) ? ClassBench.workload(name, rules, ClassBench.readTrace(trace))
                    : ClassBench.sampled(name, rules, FLOWS, SEED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int rules(Workload w) {
        return w.ruleset().tables().stream().flatMap(t -> t.chains().stream()).mapToInt(c -> c.rules().size()).sum();
    }
}
