package org.portcullis.nft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portcullis.nft.RepresentativeRuleset;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.json.RulesetJsonReader;
import org.portcullis.testkit.KernelSupport;
import org.portcullis.testkit.Netns;

class RoundTripInKernelTest {

    @BeforeAll
    static void kernel() {
        KernelSupport.assumeKernel();
    }

    @Test
    void renderApplyListReadGivesBackTheSameRuleset() {
        Ruleset wanted = RepresentativeRuleset.build();
        try (Netns ns = Netns.create("pc-nft")) {
            ns.execWithInput(NftText.render(wanted), "nft", "-f", "-").orThrow("nft -f");
            String listing = ns.exec("nft", "-j", "list", "ruleset").orThrow("nft -j list").stdout();
            assertEquals(wanted, RepresentativeRuleset.withoutHandles(RulesetJsonReader.read(listing)));
        }
    }

    @Test
    void reservedWordListAgreesWithTheInstalledNft() {
        try (Netns ns = Netns.create("pc-nft")) {
            for (String name : List.of("fwd", "accept", "tcp", "in", "out", "filter", "input", "log", "FWD",
                    "IN_public-allow", "1x", "a.b", "ct", "mark", "state", "zone", "counter", "meta", "saddr")) {
                boolean accepted = ns.execWithInput("add table inet t\nadd chain inet t " + name + "\n",
                        "nft", "-c", "-f", "-").ok();
                assertEquals(accepted, NftNames.isWritable(name), name);
            }
        }
    }
}
