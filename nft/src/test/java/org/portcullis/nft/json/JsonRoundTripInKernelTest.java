package org.portcullis.nft.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.nft.Chain;
import org.portcullis.nft.Family;
import org.portcullis.nft.RepresentativeRuleset;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;
import org.portcullis.testkit.KernelSupport;
import org.portcullis.testkit.Netns;

class JsonRoundTripInKernelTest {

    private static Ruleset withKeywords() {
        List<Table> tables = new ArrayList<>(RepresentativeRuleset.build().tables());
        tables.add(new Table(Family.IP, "portcullis_kw", List.of(), List.of(
                new Chain("fwd", null, List.of(new Rule(List.of(Stmt.Verdict.DROP), "a \"quoted\" comment", 0))),
                new Chain("in", null, List.of(new Rule(List.of(Stmt.Verdict.goTo("fwd"))))))));
        return new Ruleset(tables);
    }

    @Test
    void writeApplyListReadGivesBackTheSameRuleset() {
        KernelSupport.assumeKernel();
        Ruleset wanted = withKeywords();
        try (Netns ns = Netns.create("pc-nftj")) {
            ns.execWithInput(RulesetJsonWriter.write(wanted), "nft", "-j", "-f", "-").orThrow("nft -j -f");
            String listing = ns.exec("nft", "-j", "list", "ruleset").orThrow("nft -j list").stdout();
            assertEquals(wanted, RepresentativeRuleset.withoutHandles(RulesetJsonReader.read(listing)));
        }
    }

    @Test
    void refusesWhatWasNotModelled() {
        Ruleset r = new Ruleset(List.of(new Table(Family.IP, "portcullis", List.of(), List.of(
                new Chain("c", null, List.of(new Rule(List.of(new Stmt.Unsupported("{\"queue\":null}")))))))));
        assertThrows(IllegalArgumentException.class, () -> RulesetJsonWriter.write(r));
    }
}
