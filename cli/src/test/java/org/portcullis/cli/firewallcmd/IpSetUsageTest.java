package org.portcullis.cli.firewallcmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.daemon.api.IpSetOps;
import org.portcullis.daemon.api.IpSetSettings;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.model.error.ErrorCode;

/** ipset options checked by firewall-cmd itself, and the requests it sends for them. */
class IpSetUsageTest {
    private static final String USAGE = "usage: 'firewall-cmd --help' for usage information or see firewall-cmd(1) man page\n";

    private static Harness.Result usage(String... argv) {
        return Harness.answering(Response.ok()).run(argv);
    }

    @Test
    void optionsThatNeedAnIpsetOrPermanentAreRefusedBeforeTheDaemonIsAsked() {
        assertEquals(new Harness.Result(2, "", USAGE + "No ipset specified.\n", List.of()),
                usage("--add-entry=198.18.0.1"));
        assertEquals(new Harness.Result(2, "", USAGE + "Option can be used only with --permanent.\n", List.of()),
                usage("--new-ipset=x", "--type=hash:ip"));
        assertEquals(new Harness.Result(2, "", USAGE + "Option can be used only with --permanent.\n", List.of()),
                usage("--ipset=x", "--get-short"));
        assertEquals(USAGE + "Can't use stand-alone options with other options.\n",
                usage("--get-ipset-types", "--permanent").err());
        assertEquals(USAGE + "Can't use stand-alone options with other options.\n",
                usage("--reload", "--get-ipsets").err());
        assertEquals(USAGE + "Wrong usage of --get-zones | --get-services | --get-icmptypes | --get-policies.\n",
                usage("--info-ipset=x", "--zone=public").err());
        assertEquals("-q/--quiet can't be used with this option(s)\n", usage("-q", "--get-ipsets").err());
        assertEquals(USAGE + "firewall-cmd: error: argument --add-entry: not allowed with argument --remove-entry\n",
                usage("--ipset=x", "--remove-entry=a", "--add-entry=b").err());
    }

    @Test
    void emptySingleValuesCountAsNotGiven() {
        Harness h = Harness.answering(Response.ok());
        Harness.Result r = h.run("--permanent", "--new-ipset=", "--type=hash:ip");
        assertEquals(2, r.exit());
        assertEquals(true, r.err().contains("No options specified"));
        assertEquals(USAGE + "No type specified.\n", h.run("--permanent", "--new-ipset=x", "--type=").err());
        assertEquals(USAGE + "--family is not compatible with the hash:mac type\n",
                h.run("--permanent", "--new-ipset=x", "--type=hash:mac", "--family=inet6").err());
    }

    @Test
    void newIpsetSendsTypeAndOptionsAndWarnsAboutRepeats() {
        Harness h = Harness.answering(Response.ok());
        Harness.Result r = h.run("--permanent", "--new-ipset=web", "--type=hash:net", "--option=maxelem=10",
                "--option=maxelem=10", "--option=counters", "--family=inet6");
        assertEquals(0, r.exit());
        assertEquals("success\n", r.out());
        assertEquals("Warning: ALREADY_ENABLED: 'maxelem=10'\n", r.err());
        LinkedHashMap<String, String> options = new LinkedHashMap<>();
        options.put("maxelem", "10");
        options.put("counters", "");
        options.put("family", "inet6");
        List<String> args = new ArrayList<>(List.of("web"));
        args.addAll(IpSetSettings.of("hash:net", options).lines());
        assertEquals(new Request(IpSetOps.NEW, args, true), r.requests().getLast());
        assertEquals(new Harness.Result(137, "", "Error: INVALID_OPTION: invalid ipset option 'a=b=c'\n", List.of()),
                h.run("--permanent", "--new-ipset=web", "--type=hash:net", "--option=a=b=c"));
    }

    @Test
    void permanentEntriesAreEditedInTheSettingsAndSentBackWhole() {
        IpSetSettings current = IpSetSettings.of("hash:ip", new LinkedHashMap<>()).withEntry("198.18.0.1");
        Harness h = Harness.with(r -> r.op().equals(IpSetOps.GET_SETTINGS) ? Response.lines(current.lines())
                : Response.ok());
        Harness.Result r = h.run("--permanent", "--ipset=web", "--add-entry=198.18.0.1", "--add-entry=198.18.7.5/24");
        assertEquals(new Harness.Result(0, "success\n", "Warning: ALREADY_ENABLED: 198.18.0.1\n", r.requests()), r);
        List<String> args = new ArrayList<>(List.of("web"));
        args.addAll(current.withEntry("198.18.7.0/24").lines());
        assertEquals(new Request(IpSetOps.UPDATE, args, true), r.requests().getLast());
        Harness.Result overlap = h.run("--permanent", "--ipset=web", "--add-entry=198.18.0.0/30");
        assertEquals(new Harness.Result(136, "", "Error: INVALID_ENTRY: Entry '198.18.0.0/30' overlaps with "
                + "existing entry '198.18.0.1'\n", overlap.requests()), overlap);
        assertEquals(1, overlap.requests().size());
        assertEquals("'198.18.0.1': yes\n'198.18.0.9': no\n", h.run("--permanent", "--ipset=web",
                "--query-entry=198.18.0.1", "--query-entry=198.18.0.9").out());
    }

    @Test
    void runtimeEntriesGoToTheDaemonOneByOne() {
        Harness h = Harness.with(r -> r.args().size() > 1 && r.args().get(1).equals("bad")
                ? Response.error(ErrorCode.INVALID_ENTRY, "bad entry") : Response.ok());
        Harness.Result r = h.run("--ipset=web", "--add-entry=198.18.0.1", "--add-entry=bad");
        assertEquals(new Harness.Result(0, "success\n", "Warning: INVALID_ENTRY: bad entry\n", r.requests()), r);
        assertEquals(List.of(new Request(IpSetOps.ADD_ENTRY, List.of("web", "198.18.0.1"), false),
                new Request(IpSetOps.ADD_ENTRY, List.of("web", "bad"), false)), r.requests());
        assertEquals(new Harness.Result(136, "", "Error: INVALID_ENTRY: bad entry\n",
                List.of(new Request(IpSetOps.ADD_ENTRY, List.of("web", "bad"), false))), h.run("--ipset=web",
                "--add-entry=bad"));
    }

    @Test
    void entryFilesAreMergedAndSentAsOneList(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("entries.txt");
        Files.writeString(file, "# blocked\n198.18.0.1\n; more\n\n  198.18.0.2  \n198.18.0.1\n");
        Harness h = Harness.with(r -> r.op().equals(IpSetOps.GET_ENTRIES) ? Response.lines(List.of("198.18.0.2"))
                : Response.ok());
        Harness.Result r = h.run("-v", "--ipset=web", "--add-entries-from-file=" + file);
        assertEquals("Warning: ALREADY_ENABLED: 198.18.0.2\nsuccess\n", r.out());
        assertEquals(new Request(IpSetOps.SET_ENTRIES, List.of("web", "198.18.0.2", "198.18.0.1"), false),
                r.requests().getLast());
        String missing = dir.resolve("missing.txt").toString();
        assertEquals(new Harness.Result(0, "Failed to read file '" + missing + "': [Errno 2] No such file or "
                + "directory: '" + missing + "'\n", "", List.of(new Request(IpSetOps.GET_ENTRIES, List.of("web"),
                false))), h.run("--ipset=web", "--add-entries-from-file=" + missing));
    }
}
