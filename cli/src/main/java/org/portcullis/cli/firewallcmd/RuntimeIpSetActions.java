package org.portcullis.cli.firewallcmd;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.portcullis.daemon.api.IpSetOps;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;

/** {@code --ipset=NAME} with entry options, without {@code --permanent}: each change goes to the daemon. */
final class RuntimeIpSetActions {
    private final Session s;
    private final String ipset;

    RuntimeIpSetActions(Session s, String ipset) {
        this.s = s;
        this.ipset = ipset;
    }

    private Response call(String op, String... args) {
        List<String> all = new ArrayList<>(List.of(ipset));
        all.addAll(List.of(args));
        return s.call(new Request(op, all, false));
    }

    int run() {
        ParsedOptions o = s.options();
        if (o.truthy("--add-entry")) {
            return done(Sequences.act(s.output(), IpSetCommands.values(o, "--add-entry"),
                    e -> call(IpSetOps.ADD_ENTRY, e)));
        }
        if (o.truthy("--remove-entry")) {
            return done(Sequences.act(s.output(), IpSetCommands.values(o, "--remove-entry"),
                    e -> call(IpSetOps.REMOVE_ENTRY, e)));
        }
        if (o.truthy("--query-entry")) {
            return Sequences.query(s.output(), IpSetCommands.values(o, "--query-entry"),
                    e -> call(IpSetOps.QUERY_ENTRY, e));
        }
        if (o.truthy("--get-entries")) {
            return IpSetCommands.printed(s, call(IpSetOps.GET_ENTRIES));
        }
        boolean add = o.truthy("--add-entries-from-file");
        return fromFiles(IpSetCommands.values(o, add ? "--add-entries-from-file" : "--remove-entries-from-file"),
                add);
    }

    private int fromFiles(List<String> files, boolean add) {
        Response old = call(IpSetOps.GET_ENTRIES);
        if (old.kind() == Response.Kind.ERROR) {
            return s.output().error(old);
        }
        EntryMerge merge = new EntryMerge(s.output(), s.options().set("--verbose"), add, old.lines());
        OptionalInt end = merge.run(files, entries -> OptionalInt.empty());
        if (end.isPresent()) {
            return end.getAsInt();
        }
        if (merge.changed()) {
            List<String> args = new ArrayList<>(List.of(ipset));
            args.addAll(merge.entries());
            Response r = s.call(new Request(IpSetOps.SET_ENTRIES, args, false));
            if (r.kind() == Response.Kind.ERROR) {
                int code = s.output().error(r);
                if (code != 0) {
                    return code;
                }
            }
        }
        return s.output().exit("success", 0);
    }

    private int done(OptionalInt end) {
        return end.isPresent() ? end.getAsInt() : s.output().exit("success", 0);
    }
}
