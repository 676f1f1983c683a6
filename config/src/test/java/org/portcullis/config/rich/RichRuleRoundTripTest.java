package org.portcullis.config.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.portcullis.model.rich.RichRule;

class RichRuleRoundTripTest {

    @Provide
    Arbitrary<RichRule> rules() {
        return RichRuleArbitraries.rules();
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void parsingThePrintedRuleGivesTheRuleBack(@ForAll("rules") RichRule rule) {
        String printed = rule.toString();
        RichRule again = RichRuleParser.parse(printed);
        assertEquals(rule, again, printed);
        assertEquals(printed, again.toString());
        Statistics.label("element").collect(rule.element().map(e -> e.getClass().getSimpleName()).orElse("none"));
        Statistics.label("parts").collect(rule.logging().isPresent(), rule.action().isPresent());
        Statistics.label("element").coverage(c -> {
            for (String kind : new String[] {"Service", "Port", "Protocol", "IcmpBlock", "IcmpType", "Masquerade",
                    "ForwardPort", "SourcePort", "TcpMssClamp", "none"}) {
                c.check(kind).percentage(p -> p >= 0.5);
            }
        });
    }
}
