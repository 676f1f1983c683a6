package org.portcullis.backend.nft;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.portcullis.backend.BackendException;

/**
 * Runs the {@code nft} program: documents go to {@code nft -f -} on stdin (never argv, which is limited to
 * 128 KiB). An optional argv prefix such as {@code ip netns exec NS} runs it elsewhere.
 */
public final class ProcessNftRunner implements NftRunner {
    private final List<String> prefix;

    public ProcessNftRunner(List<String> prefix) {
        this.prefix = List.copyOf(prefix);
    }

    public ProcessNftRunner() {
        this(List.of());
    }

    /** A runner that reaches the named network namespace through {@code ip netns exec}. */
    public static ProcessNftRunner inNetns(String netns) {
        return new ProcessNftRunner(List.of("ip", "netns", "exec", netns));
    }

    @Override
    public String run(String document) throws BackendException {
        return document.startsWith("{") ? nft(document, "-j", "-f", "-") : nft(document, "-f", "-");
    }

    @Override
    public String listRulesetJson() throws BackendException {
        return nft("", "-j", "list", "ruleset");
    }

    @Override
    public String listTablesJson() throws BackendException {
        return nft("", "-j", "list", "tables");
    }

    @Override
    public String description() {
        return prefix.isEmpty() ? "nft process" : "nft process via " + String.join(" ", prefix);
    }

    private String nft(String stdin, String... args) throws BackendException {
        List<String> argv = new ArrayList<>(prefix);
        argv.add("nft");
        argv.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(argv).start();
        } catch (IOException e) {
            throw new BackendException("cannot start nft: " + e.getMessage(), e);
        }
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // nft stopped reading early; its exit status and stderr say why
        }
        try {
            int rc = p.waitFor();
            if (rc != 0) {
                String msg = err.join().strip();
                throw new BackendException(msg.isEmpty() ? "nft exited with status " + rc : msg);
            }
            return out.join();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new BackendException("interrupted while waiting for nft", e);
        } catch (UncheckedIOException e) {
            throw new BackendException("cannot read nft's output: " + e.getMessage(), e);
        }
    }

    private static CompletableFuture<String> drain(InputStream s) {
        return CompletableFuture.supplyAsync(() -> {
            try (s) {
                return new String(s.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, r -> Thread.ofPlatform().daemon().name("nft-output").start(r));
    }
}
