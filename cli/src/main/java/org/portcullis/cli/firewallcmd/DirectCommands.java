package org.portcullis.cli.firewallcmd;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Request;
import org.portcullis.model.error.ErrorCode;

/** The direct options ({@code --direct --add-rule ...}), runtime and with {@code --permanent}. */
public final class DirectCommands implements CommandFamily {
    static final String GROUP = "direct";
    private static final String IPV = "{ ipv4 | ipv6 | eb }";
    private static final List<String> IPVS = List.of("ipv4", "ipv6", "eb");

    /** Shape of an option's values, for its usage line and request. */
    private enum Shape { PASSTHROUGH, RULE, FIXED, NONE }

    private record Op(String option, String op, Arity arity, Shape shape, String usage) {
    }

    private static final List<Op> OPS = List.of(
            new Op("--passthrough", Ops.PASSTHROUGH, Arity.REMAINDER, Shape.PASSTHROUGH, IPV + " <args>"),
            new Op("--add-passthrough", Ops.ADD_PASSTHROUGH, Arity.REMAINDER, Shape.PASSTHROUGH, IPV + " <args>"),
            new Op("--remove-passthrough", Ops.REMOVE_PASSTHROUGH, Arity.REMAINDER, Shape.PASSTHROUGH, IPV + " <args>"),
            new Op("--query-passthrough", Ops.QUERY_PASSTHROUGH, Arity.REMAINDER, Shape.PASSTHROUGH, IPV + " <args>"),
            new Op("--get-passthroughs", Ops.GET_PASSTHROUGHS, Arity.fixed(1), Shape.FIXED, null),
            new Op("--get-all-passthroughs", Ops.GET_ALL_PASSTHROUGHS, Arity.FLAG, Shape.NONE, null),
            new Op("--add-chain", Ops.ADD_CHAIN, Arity.fixed(3), Shape.FIXED, null),
            new Op("--remove-chain", Ops.REMOVE_CHAIN, Arity.fixed(3), Shape.FIXED, null),
            new Op("--query-chain", Ops.QUERY_CHAIN, Arity.fixed(3), Shape.FIXED, null),
            new Op("--get-all-chains", Ops.GET_ALL_CHAINS, Arity.FLAG, Shape.NONE, null),
            new Op("--get-chains", Ops.GET_CHAINS, Arity.fixed(2), Shape.FIXED, null),
            new Op("--add-rule", Ops.ADD_RULE, Arity.REMAINDER, Shape.RULE, IPV + " <table> <chain> <priority> <args>"),
            new Op("--remove-rule", Ops.REMOVE_RULE, Arity.REMAINDER, Shape.RULE, IPV + " <table> <chain> <priority> <args>"),
            new Op("--remove-rules", Ops.REMOVE_RULES, Arity.fixed(3), Shape.FIXED, null),
            new Op("--query-rule", Ops.QUERY_RULE, Arity.REMAINDER, Shape.RULE, IPV + " <table> <chain> <priority> <args>"),
            new Op("--get-rules", Ops.GET_RULES, Arity.fixed(3), Shape.FIXED, null),
            new Op("--get-all-rules", Ops.GET_ALL_RULES, Arity.FLAG, Shape.NONE, null));

    static final List<String> NAMES = OPS.stream().map(Op::option).toList();

    @Override
    public List<OptionSpec> options() {
        return OPS.stream().map(o -> OptionSpec.of(o.option(), o.arity(), GROUP)).toList();
    }

    @Override
    public boolean claims(ParsedOptions o) {
        return o.set("--direct") && o.anySet(NAMES);
    }

    @Override
    public int run(Session s) {
        ParsedOptions o = s.options();
        boolean permanent = o.set("--permanent");
        String option = o.first(NAMES);
        Op op = OPS.stream().filter(x -> x.option().equals(option)).findFirst().orElseThrow();
        List<Token> values = o.values(option);
        String prefix = permanent ? "usage: --permanent --direct " : "usage: --direct ";
        List<String> args = new ArrayList<>();
        switch (op.shape()) {
            case PASSTHROUGH -> {
                if (values.size() < 2) {
                    throw UsageError.plain(prefix + option + " " + op.usage());
                }
                args.add(checkIpv(values.get(0).text()));
                args.addAll(values.get(1).words());
            }
            case RULE -> {
                if (values.size() < 5) {
                    throw UsageError.plain(prefix + option + " " + op.usage());
                }
                OptionalInt priority = PyInt.parse(values.get(3).text());
                if (priority.isEmpty()) {
                    throw UsageError.plain(prefix + option + " " + op.usage());
                }
                args.add(checkIpv(values.get(0).text()));
                args.add(values.get(1).text());
                args.add(values.get(2).text());
                args.add(Integer.toString(priority.getAsInt()));
                args.addAll(values.get(4).words());
            }
            case FIXED -> {
                args.add(checkIpv(values.get(0).text()));
                values.subList(1, values.size()).forEach(t -> args.add(t.text()));
            }
            case NONE -> {
            }
        }
        var response = s.call(new Request(op.op(), args, permanent));
        if (option.startsWith("--query-")) {
            return s.answered(response);
        }
        return option.startsWith("--get-") ? s.listed(response) : s.changed(response);
    }

    /** firewall-cmd checks the family word itself before calling the daemon. */
    static String checkIpv(String word) {
        if (!IPVS.contains(word)) {
            throw new ClientError(ErrorCode.INVALID_IPV,
                    "invalid argument: " + word + " (choose from '" + String.join("', '", IPVS) + "')");
        }
        return word;
    }
}
