package org.portcullis.difftest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.portcullis.model.net.IpPrefix;
import org.portcullis.nft.BaseHook;
import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Op;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/**
 * Random rulesets in the supported subset for the lab host {@code H}: ip/ip6/inet tables, filter base
 * chains on every hook but forward, regular chains reached by jump or goto (never in a loop), a counter
 * on every rule. Each regular chain serves one side (input or output) so interface matches and rejects
 * stay where the kernel accepts them.
 */
final class RulesetGenerator {
    private static final int[] PRIORITIES = {-300, -150, -10, 0, 0, 0, 10, 100};
    private static final String[] STATES = {"new", "established", "related", "invalid", "untracked"};
    private static final String[] ICMP_TYPES = {"echo-request", "echo-reply", "destination-unreachable"};

    private final Random random;

    RulesetGenerator(Random random) {
        this.random = random;
    }

    Ruleset next() {
        int n = 1 + random.nextInt(2);
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Family f = switch (random.nextInt(6)) {
                case 0, 1, 2 -> Family.INET;
                case 3, 4 -> Family.IP;
                default -> Family.IP6;
            };
            tables.add(table(f, "portcullis_t" + i));
        }
        return new Ruleset(tables);
    }

    private Table table(Family family, String name) {
        int regular = random.nextInt(3);
        boolean[] inputSide = new boolean[regular];
        for (int i = 0; i < regular; i++) {
            inputSide[i] = random.nextBoolean();
        }
        List<Chain> chains = new ArrayList<>();
        int bases = 0;
        for (Hook hook : List.of(Hook.PREROUTING, Hook.INPUT, Hook.OUTPUT, Hook.POSTROUTING)) {
            boolean filterHook = hook == Hook.INPUT || hook == Hook.OUTPUT;
            int count = filterHook ? random.nextInt(3) : random.nextInt(4) == 0 ? 1 : 0;
            for (int c = 0; c < count; c++) {
                ChainPolicy policy = random.nextInt(4) == 0 ? ChainPolicy.DROP : ChainPolicy.ACCEPT;
                BaseHook base = new BaseHook(ChainType.FILTER, hook, PRIORITIES[random.nextInt(PRIORITIES.length)], policy);
                Side side = new Side(hook == Hook.PREROUTING || hook == Hook.INPUT, filterHook, -1);
                chains.add(new Chain("b" + bases++ + "_" + hook.nftName(), base, rules(family, side, inputSide, false)));
            }
        }
        for (int i = 0; i < regular; i++) {
            Side side = new Side(inputSide[i], true, i);
            chains.add(new Chain("r" + i, null, rules(family, side, inputSide, true)));
        }
        return new Table(family, name, List.of(), chains);
    }

    /** Where a chain's rules run: input or output direction, whether reject and jumps are allowed, its index. */
    private record Side(boolean input, boolean filterHook, int regularIndex) {
    }

    private List<Rule> rules(Family family, Side side, boolean[] inputSide, boolean regular) {
        int n = 1 + random.nextInt(4);
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rules.add(rule(family, side, inputSide, regular));
        }
        return rules;
    }

    private Rule rule(Family family, Side side, boolean[] inputSide, boolean regular) {
        List<Stmt> stmts = new ArrayList<>();
        int matches = random.nextInt(3);
        String l4 = null;
        for (int i = 0; i < matches; i++) {
            Stmt.Match m = match(family, side);
            String proto = protocolOf(m);
            if (proto != null) {
                if (l4 != null && !l4.equals(proto)) {
                    continue;
                }
                l4 = proto;
            }
            stmts.add(m);
        }
        Stmt verdict = verdict(family, side, inputSide, regular);
        if (verdict instanceof Stmt.Reject r && "tcp reset".equals(r.type())) {
            if (l4 != null && !l4.equals("tcp")) {
                verdict = Stmt.Verdict.DROP;
            } else if (l4 == null) {
                stmts.add(new Stmt.Match(new Expr.Meta("l4proto"), Op.EQ, new Expr.Str("tcp")));
            }
        }
        stmts.add(new Stmt.Counter(0, 0));
        if (verdict != null) {
            stmts.add(verdict);
        }
        return new Rule(stmts);
    }

    /** The transport protocol a match ties its rule to (nft refuses two different ones in a rule), else null. */
    private static String protocolOf(Stmt.Match m) {
        if (m.left() instanceof Expr.Payload(String proto, String field)
                && (proto.equals("tcp") || proto.equals("udp") || proto.equals("icmp"))) {
            return proto;
        }
        if (m.left() instanceof Expr.Meta(String key) && key.equals("l4proto")) {
            return m.op() == Op.EQ && m.right() instanceof Expr.Str(String v) ? v : "!";
        }
        return null;
    }

    private Stmt.Match match(Family family, Side side) {
        boolean ip4 = family != Family.IP6;
        return switch (random.nextInt(ip4 ? 8 : 6)) {
            case 0 -> new Stmt.Match(new Expr.Meta(side.input() ? "iifname" : "oifname"), eqOrNe(),
                    new Expr.Str(pick("h0", "d0", "lo", "h*", "x1")));
            case 1 -> new Stmt.Match(new Expr.Payload(pick("tcp", "udp"), pick("dport", "sport")), eqOrNe(), ports());
            case 2 -> new Stmt.Match(new Expr.Meta("l4proto"), eqOrNe(), new Expr.Str(pick("tcp", "udp", "icmp")));
            case 3 -> new Stmt.Match(new Expr.Ct("state", null), random.nextInt(4) == 0 ? Op.NE : Op.IN, states());
            case 4, 5 -> new Stmt.Match(new Expr.Payload(pick("tcp", "udp"), "dport"), eqOrNe(), ports());
            case 6 -> new Stmt.Match(new Expr.Payload("ip", pick("saddr", "daddr")), eqOrNe(), new Expr.Prefix(prefix()));
            default -> new Stmt.Match(new Expr.Payload("icmp", "type"), eqOrNe(), new Expr.Str(pick(ICMP_TYPES)));
        };
    }

    private Op eqOrNe() {
        return random.nextInt(4) == 0 ? Op.NE : Op.EQ;
    }

    private Expr ports() {
        return switch (random.nextInt(4)) {
            case 0 -> new Expr.Range(new Expr.Num(1), new Expr.Num(1023));
            case 1 -> new Expr.Range(new Expr.Num(32768), new Expr.Num(60999));
            case 2 -> new Expr.SetLit(List.<Expr>of(new Expr.Num(port()), new Expr.Num(port())).stream().distinct().toList());
            default -> new Expr.Num(port());
        };
    }

    private int port() {
        return new int[] {22, 53, 80, 443, 5353, 8080}[random.nextInt(6)];
    }

    private Expr states() {
        List<Expr> s = new ArrayList<>();
        for (String state : STATES) {
            if (random.nextInt(3) == 0) {
                s.add(new Expr.Str(state));
            }
        }
        if (s.isEmpty()) {
            s.add(new Expr.Str(pick("new", "established")));
        }
        return new Expr.SetLit(s);
    }

    private IpPrefix prefix() {
        String addr = pick("198.18.0.1", "198.18.0.2", "198.18.0.3", "198.18.2.1", "198.19.0.1", "127.0.0.1");
        int len = new int[] {8, 16, 24, 31, 32}[random.nextInt(5)];
        return IpPrefix.parse(addr + "/" + len);
    }

    private Stmt verdict(Family family, Side side, boolean[] inputSide, boolean regular) {
        int r = random.nextInt(12);
        if (r < 2 && regular) {
            return Stmt.Verdict.RETURN;
        }
        if (r < 4) {
            List<Integer> targets = new ArrayList<>();
            for (int i = side.regularIndex() + 1; i < inputSide.length; i++) {
                if (inputSide[i] == side.input() && side.filterHook()) {
                    targets.add(i);
                }
            }
            if (!targets.isEmpty()) {
                String target = "r" + targets.get(random.nextInt(targets.size()));
                return random.nextInt(3) == 0 ? Stmt.Verdict.goTo(target) : Stmt.Verdict.jump(target);
            }
        }
        return switch (r) {
            case 4, 5, 6 -> Stmt.Verdict.ACCEPT;
            case 7, 8 -> Stmt.Verdict.DROP;
            case 9, 10 -> side.filterHook() ? reject(family) : Stmt.Verdict.DROP;
            default -> null;
        };
    }

    private Stmt reject(Family family) {
        String inetOrIp = family == Family.INET ? "icmpx" : family == Family.IP6 ? "icmpv6" : "icmp";
        return switch (random.nextInt(5)) {
            case 0 -> new Stmt.Reject(null, null);
            case 1 -> new Stmt.Reject("tcp reset", null);
            case 2 -> new Stmt.Reject(inetOrIp, family == Family.INET ? "admin-prohibited" : family == Family.IP6 ? "admin-prohibited" : "admin-prohibited");
            case 3 -> new Stmt.Reject(inetOrIp, "port-unreachable");
            default -> new Stmt.Reject(inetOrIp, family == Family.INET ? "host-unreachable" : family == Family.IP6 ? "addr-unreachable" : "host-unreachable");
        };
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
