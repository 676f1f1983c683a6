package org.portcullis.config.iptables;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.portcullis.model.direct.Ipv;
import org.portcullis.model.rule.Match;
import org.portcullis.model.rule.RuleSpec;
import org.portcullis.model.rule.Target;

/** Reads one rule's arguments in iptables' order of checks; throws {@link IptablesError}. */
final class RuleReader {
    private final RuleContext rule;
    private final ArgCursor args;
    private final List<Object> items = new ArrayList<>();
    private final List<MatchModule> modules = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private boolean implicitLoaded;
    private TargetModule target;
    private boolean pendingNot;
    private boolean inInterface;
    private boolean outInterface;

    RuleReader(Ipv ipv, String table, String chain, List<String> args) {
        this.rule = new RuleContext(ipv, table, chain);
        this.args = new ArgCursor(args);
    }

    RuleContext context() {
        return rule;
    }

    RuleSpec read() {
        while (args.hasNext()) {
            String word = args.next();
            if (word.equals("!")) {
                if (pendingNot) {
                    throw IptablesError.option("multiple consecutive ! not allowed");
                }
                pendingNot = true;
                continue;
            }
            boolean negated = pendingNot;
            pendingNot = false;
            option(word, negated);
        }
        if (pendingNot) {
            throw IptablesError.option("nothing appropriate following !");
        }
        return finish();
    }

    private void option(String word, boolean negated) {
        switch (word) {
            case "-i", "--in-interface" -> inInterface = iface(word, "-i", negated);
            case "-o", "--out-interface" -> outInterface = iface(word, "-o", negated);
            case "-s", "--source", "--src" -> address(word, "-s", negated);
            case "-d", "--destination", "--dst" -> address(word, "-d", negated);
            case "-p", "--protocol" -> protocol(word, negated);
            case "-m", "--match" -> {
                if (negated) {
                    throw IptablesError.option("unexpected ! flag before --match");
                }
                load(args.builtinValue(word));
            }
            case "-j", "--jump", "-g", "--goto" -> {
                boolean jump = word.startsWith("-j") || word.equals("--jump");
                if (negated) {
                    throw IptablesError.option("cannot have ! before -j");
                }
                target(args.builtinValue(word), jump);
            }
            case "-f", "--fragment", "-c", "--set-counters", "-4", "--ipv4", "-6", "--ipv6" ->
                    throw IptablesError.unsupported("\"" + word + "\"");
            default -> {
                if (word.length() < 2 || word.charAt(0) != '-') {
                    throw IptablesError.badArgument(word);
                }
                extension(word, negated);
            }
        }
    }

    private String builtinValue(String word, String flag) {
        String v = args.builtinValue(word);
        if (!seen.add(flag)) {
            throw IptablesError.option("multiple " + flag + " flags not allowed");
        }
        if (v.equals("!")) {
            throw IptablesError.badArgument(args.hasNext() ? args.peek() : v);
        }
        return v;
    }

    private boolean iface(String word, String flag, boolean negated) {
        String name = builtinValue(word, flag);
        if (name.length() > 15) {
            throw IptablesError.option("interface name `" + name + "' must be shorter than IFNAMSIZ (15)");
        }
        items.add(flag.equals("-i") ? new Match.InInterface(name, negated) : new Match.OutInterface(name, negated));
        return true;
    }

    private void address(String word, String flag, boolean negated) {
        var prefixes = AddressSyntax.prefixes(builtinValue(word, flag), rule.ipv);
        if (negated && prefixes.size() > 1) {
            throw IptablesError.option("! not allowed with multiple source or destination IP addresses");
        }
        items.add(flag.equals("-s") ? new Match.Source(prefixes, negated) : new Match.Destination(prefixes, negated));
    }

    private void protocol(String word, boolean negated) {
        String text = builtinValue(word, "-p");
        int n = Protocols.number(text);
        if (n < 0) {
            throw IptablesError.option("unknown protocol \"" + text + "\" specified");
        }
        if (n == Protocols.ALL && negated) {
            throw IptablesError.option("rule would never match protocol");
        }
        rule.protocol = n;
        rule.protocolNegated = negated;
        if (n != Protocols.ALL) {
            items.add(new Match.Protocol(n, negated));
        }
    }

    private void load(String name) {
        MatchModule m = MatchModules.create(name, rule);
        modules.add(m);
        items.add(m);
    }

    private void target(String name, boolean jump) {
        if (target != null) {
            throw IptablesError.option("multiple -j flags not allowed");
        }
        target = Targets.create(name, jump);
    }

    private void extension(String option, boolean negated) {
        if (target != null && target.knows(option)) {
            target.parse(option, negated, args, rule);
            return;
        }
        for (MatchModule m : modules.reversed()) {
            if (m.knows(option)) {
                m.parse(option, negated, args, rule);
                return;
            }
        }
        if (rule.protocol > 0 && !implicitLoaded) {
            implicitLoaded = true;
            String name = Protocols.implicitModule(rule.protocol);
            MatchModule m = name == null ? null : MatchModules.implicit(name, rule);
            if (m != null) {
                modules.add(m);
                items.add(m);
                if (m.knows(option)) {
                    m.parse(option, negated, args, rule);
                    return;
                }
            }
        }
        throw IptablesError.option("unknown option \"" + option + "\"");
    }

    private RuleSpec finish() {
        List<Match> matches = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof MatchModule m) {
                matches.addAll(m.finish(rule));
            } else {
                matches.add((Match) item);
            }
        }
        Target t = target == null ? null : target.finish(rule);
        if (inInterface && rule.outputOnlyChain()) {
            throw IptablesError.option("Can't use -i with " + rule.chain + "\n");
        }
        if (outInterface && rule.inputOnlyChain()) {
            throw IptablesError.option("Can't use -o with " + rule.chain + "\n");
        }
        if (t instanceof Target.Goto(String chain) && Targets.isBuiltinTarget(chain)) {
            throw IptablesError.targetChain(chain);
        }
        if (rule.refused()) {
            throw IptablesError.kernel();
        }
        return new RuleSpec(matches, t);
    }
}
