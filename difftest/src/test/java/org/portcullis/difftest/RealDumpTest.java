package org.portcullis.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.portcullis.engine.Simulator;
import org.portcullis.engine.play.PacketRecord;
import org.portcullis.engine.trace.Verdict;
import org.portcullis.testkit.KernelSupport;

/**
 * For each real iptables dump: the engine's verdicts on the kernel's own translation (iptables-nft, read back
 * with {@code nft -j}) and on our compiler's translation must agree for generated packets. Packets whose path
 * meets a rule either side cannot model are counted and left out. No packet is ever sent.
 */
class RealDumpTest {
    static final Path DUMPS = Path.of(System.getProperty("difftest.dumps",
            System.getProperty("portcullis.shared", "../../shared") + "/data/iptables-real"));
    static final int PACKETS = Integer.getInteger("difftest.dumpPackets", 2000);

    @TestFactory
    Stream<DynamicTest> ourTranslationDecidesAsTheKernels() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DUMPS), () -> "real dumps skipped: " + DUMPS + " is absent");
        KernelSupport.assumeKernel();
        Assumptions.assumeTrue(KernelDump.available(), "real dumps skipped: iptables-nft-restore is not available");
        List<Path> files;
        try (Stream<Path> s = Files.list(DUMPS)) {
            files = s.filter(p -> p.getFileName().toString().contains("iptables-save")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> compare(f)));
    }

    private static void compare(Path file) throws IOException {
        String text = Files.readString(file);
        IptablesDump dump = IptablesDump.parse(text);
        KernelDump kernel = KernelDump.load(text);
        DumpTranslation ours = DumpTranslation.of(dump);
        long seed = file.getFileName().toString().hashCode();
        DumpPackets packets = new DumpPackets(dump, new Random(seed));
        Simulator onKernel = new Simulator(kernel.ruleset(), packets.host(), seed);
        Simulator onOurs = new Simulator(ours.ruleset(), packets.host(), seed);
        int compared = 0;
        int skipped = 0;
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < PACKETS; i++) {
            DumpPackets.Sample s = packets.next();
            PacketRecord k = play(onKernel, s);
            PacketRecord o = play(onOurs, s);
            Verdict kv = k.trace().verdict();
            Verdict ov = o.trace().verdict();
            if (kv.uncertain() || ov.uncertain()) {
                skipped++;
                continue;
            }
            compared++;
            if (k.fate() != o.fate() || kv.kind() != ov.kind() || !Objects.equals(kv.reject(), ov.reject())) {
                disagreements.add(s + ": kernel's translation " + k.fate() + " by " + kv.decidedBy()
                        + ", ours " + o.fate() + " by " + ov.decidedBy());
            }
        }
        System.out.printf("difftest dump %s: %d rules, %d parsed by us, %d of %d kernel rules unsupported in JSON,"
                        + " %d packets compared, %d skipped (unknown rule on the path), %d disagreements, seed %d%n",
                file.getFileName(), ours.rules(), ours.parsed(), kernel.unsupported(), kernel.rules(), compared, skipped,
                disagreements.size(), seed);
        System.out.println("  kernel rules the IR keeps only as text: " + kernel.unsupportedKinds());
        ours.refused().stream().limit(5).forEach(r -> System.out.println("  not parsed: " + r));
        disagreements.stream().limit(10).forEach(d -> System.out.println("  disagreement: " + d));
        assertEquals(List.of(), disagreements);
    }

    private static PacketRecord play(Simulator sim, DumpPackets.Sample s) {
        return s.iif() == null ? sim.send(s.packet(), s.state()) : sim.receive(s.packet(), s.iif(), s.state());
    }
}
