package org.portcullis.difftest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.portcullis.testkit.Netns;
import org.portcullis.testkit.Probe;

/** A running {@link ProbeAgent} inside a namespace; closing it ends the process. */
final class Agent implements AutoCloseable {
    private final Process process;
    private final PrintStream in;
    private final BufferedReader out;

    private Agent(Process process) {
        this.process = process;
        this.in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static Agent start(Netns ns) {
        List<String> argv = new ArrayList<>();
        argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        argv.add("--enable-native-access=ALL-UNNAMED");
        argv.add("-XX:TieredStopAtLevel=1");
        argv.add("-cp");
        argv.add(System.getProperty("java.class.path"));
        argv.add(ProbeAgent.class.getName());
        try {
            Process p = new ProcessBuilder(ns.inside(argv)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Agent a = new Agent(p);
            String first = a.out.readLine();
            if (!"ready".equals(first)) {
                a.close();
                throw new IllegalStateException("probe agent in " + ns + " did not start: " + first);
            }
            return a;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the probe agent in " + ns, e);
        }
    }

    Probe.Outcome probe(String line) {
        in.println(line);
        try {
            String answer = out.readLine();
            if (answer == null || answer.startsWith("error")) {
                throw new IllegalStateException("probe '" + line + "' failed: " + answer);
            }
            return Probe.Outcome.valueOf(answer.toUpperCase(Locale.ROOT));
        } catch (IOException e) {
            throw new IllegalStateException("probe agent died", e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
