package org.portcullis.cli.firewallcmd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.OptionalInt;

import org.portcullis.daemon.api.IpSetOps;
import org.portcullis.daemon.api.IpSetSettings;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/**
 * The ipset options with {@code --permanent}. As firewall-cmd does, entries and descriptions are changed in
 * a copy of the set's settings, which then replaces the set whole; the daemon checks it then.
 */
final class PermanentIpSetActions {
    private final Session s;
    private final ParsedOptions o;
    private IpSetSettings settings;

    PermanentIpSetActions(Session s) {
        this.s = s;
        this.o = s.options();
    }

    private Response call(String op, List<String> args) {
        return s.call(new Request(op, args, true));
    }

    int run() {
        if (o.truthy("--new-ipset")) {
            return newIpSet(IpSetCommands.value(o, "--new-ipset"));
        }
        if (o.truthy("--delete-ipset")) {
            return s.changed(call(IpSetOps.DELETE, List.of(IpSetCommands.value(o, "--delete-ipset"))));
        }
        if (o.truthy("--info-ipset")) {
            return IpSetCommands.info(s, true);
        }
        if (o.truthy("--path-ipset")) {
            return s.listed(call(IpSetOps.PATH, List.of(IpSetCommands.value(o, "--path-ipset"))));
        }
        String name = IpSetCommands.value(o, "--ipset");
        Response current = call(IpSetOps.GET_SETTINGS, List.of(name));
        if (current.kind() == Response.Kind.ERROR) {
            return s.output().error(current);
        }
        settings = IpSetSettings.fromLines(current.lines());
        return edit(name);
    }

    private int edit(String name) {
        if (o.truthy("--add-entry")) {
            return sequence(name, "--add-entry", e -> settings.withEntry(e));
        }
        if (o.truthy("--remove-entry")) {
            return sequence(name, "--remove-entry", e -> settings.withoutEntry(e));
        }
        if (o.truthy("--query-entry")) {
            return Sequences.query(s.output(), IpSetCommands.values(o, "--query-entry"),
                    e -> attempt(() -> Response.answer(settings.hasEntry(e))));
        }
        if (o.truthy("--get-entries")) {
            return s.output().exit(String.join("\n", settings.entries()), 0);
        }
        if (o.truthy("--add-entries-from-file") || o.truthy("--remove-entries-from-file")) {
            boolean add = o.truthy("--add-entries-from-file");
            return fromFiles(name, IpSetCommands.values(o, add ? "--add-entries-from-file"
                    : "--remove-entries-from-file"), add);
        }
        if (o.truthy("--set-description")) {
            return update(name, settings.withDescription(IpSetCommands.value(o, "--set-description")));
        }
        if (o.truthy("--get-description")) {
            return s.output().exit(settings.description(), 0);
        }
        if (o.truthy("--set-short")) {
            return update(name, settings.withShortDescription(IpSetCommands.value(o, "--set-short")));
        }
        if (o.truthy("--get-short")) {
            return s.output().exit(settings.shortDescription(), 0);
        }
        throw UsageError.withUsage("Unknown option");
    }

    private int sequence(String name, String option, java.util.function.Function<String, IpSetSettings> change) {
        OptionalInt end = Sequences.act(s.output(), IpSetCommands.values(o, option), e -> attempt(() -> {
            settings = change.apply(e);
            return Response.ok();
        }));
        return end.isPresent() ? end.getAsInt() : update(name, settings);
    }

    private int fromFiles(String name, List<String> files, boolean add) {
        EntryMerge merge = new EntryMerge(s.output(), o.set("--verbose"), add, settings.entries());
        OptionalInt end = merge.run(files, entries -> {
            Response r = attempt(() -> {
                settings = settings.withAllEntries(entries);
                return Response.ok();
            });
            return r.kind() == Response.Kind.ERROR ? OptionalInt.of(s.output().error(r)) : OptionalInt.empty();
        });
        if (end.isPresent()) {
            return end.getAsInt();
        }
        return merge.changed() ? update(name, settings) : s.output().exit("success", 0);
    }

    private int update(String name, IpSetSettings next) {
        List<String> args = new ArrayList<>(List.of(name));
        args.addAll(next.lines());
        return s.changed(call(IpSetOps.UPDATE, args));
    }

    private int newIpSet(String name) {
        if (!o.truthy("--type")) {
            throw UsageError.withUsage("No type specified.");
        }
        String type = IpSetCommands.value(o, "--type");
        if (type.equals("hash:mac") && o.truthy("--family")) {
            throw UsageError.withUsage("--family is not compatible with the hash:mac type");
        }
        IpSetSettings next = IpSetSettings.of(type, new LinkedHashMap<>());
        for (String option : IpSetCommands.values(o, "--option")) {
            String[] kv = option.split("=", -1);
            if (kv.length > 2) {
                return s.output().exit("Error: " + ErrorCode.INVALID_OPTION + ": invalid ipset option '" + option
                        + "'", ErrorCode.INVALID_OPTION.exitCode());
            }
            next = withOption(next, kv[0], kv.length == 1 ? "" : kv[1]);
        }
        if (o.truthy("--family")) {
            next = withOption(next, "family", IpSetCommands.value(o, "--family"));
        }
        List<String> args = new ArrayList<>(List.of(name));
        args.addAll(next.lines());
        return s.changed(call(IpSetOps.NEW, args));
    }

    private IpSetSettings withOption(IpSetSettings current, String key, String value) {
        try {
            return current.withOption(key, value);
        } catch (FirewallException e) {
            s.output().warning("Warning: " + e.getMessage());
            return current;
        }
    }

    private static Response attempt(java.util.function.Supplier<Response> step) {
        try {
            return step.get();
        } catch (FirewallException e) {
            return Response.error(e);
        }
    }
}
