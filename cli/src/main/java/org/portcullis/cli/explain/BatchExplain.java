package org.portcullis.cli.explain;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.portcullis.analysis.explain.Explainer;
import org.portcullis.analysis.explain.render.TextRenderer;
import org.portcullis.config.shell.Shlex;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/**
 * {@code portcullis explain --batch FILE}: one flow per line of FILE, written as the packet or connection
 * arguments of {@code portcullis explain} (e.g. {@code --out --oif enp3s0 tcp 198.18.0.2:80}); every flow
 * is decided by the same explainer, so the ruleset is compiled and classified once. Prints one line per
 * flow: the flow, the deciding rule and the verdict (or the outcome of a connection).
 */
final class BatchExplain {
    private BatchExplain() {
    }

    static int run(Path file, List<String> common, Explainer explainer, TextRenderer renderer, PrintStream out,
                   PrintStream err) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new FirewallException(ErrorCode.INVALID_FILENAME, file + ": " + e.getMessage());
        }
        int bad = 0;
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            String flow = line.strip();
            if (flow.isEmpty() || flow.startsWith("#")) {
                continue;
            }
            try {
                List<String> args = new ArrayList<>(common);
                args.addAll(Shlex.split(flow));
                ExplainArgs a = ExplainArgsParser.parse(args);
                List<String> text = a.mode() == Mode.CONNECT
                        ? renderer.connection(explainer.connect(ExplainCommand.request(a), a.oif()))
                        : renderer.packet(explainer.packet(ExplainCommand.query(a)));
                out.println(flow + "\t" + summary(text));
            } catch (UsageException | IllegalArgumentException | FirewallException e) {
                bad++;
                err.println("portcullis explain: " + file + ":" + lineNo + ": " + e.getMessage());
            }
        }
        out.flush();
        return bad == 0 ? 0 : 2;
    }

    private static String summary(List<String> text) {
        String last = text.getLast();
        if (last.startsWith("outcome: ")) {
            return last;
        }
        String decider = text.stream().map(String::strip).filter(l -> l.startsWith("decided by: "))
                .reduce((first, second) -> second).orElse("decided by: policy");
        return decider + "\t" + last;
    }
}
