package org.portcullis.backend.nft;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.portcullis.backend.BackendException;

/**
 * In-process libnftables through the FFM API. One nft context lives on one dedicated platform thread, which
 * first enters the target network namespace if one is given (a context talks to the namespace of the thread
 * that created it). Every library call also holds the process-wide libnftables lock.
 */
public final class LibNftablesRunner implements NftRunner {
    private final ExecutorService thread;
    private final LibNftables lib;
    private final MemorySegment ctx;
    private final String description;
    private boolean closed;

    private LibNftablesRunner(ExecutorService thread, LibNftables lib, MemorySegment ctx, String description) {
        this.thread = thread;
        this.lib = lib;
        this.ctx = ctx;
        this.description = description;
    }

    /**
     * Loads libnftables.so.1 and creates a context, inside {@code /var/run/netns/NAME} when a namespace is
     * given; throws when the library or the namespace is unavailable.
     */
    public static LibNftablesRunner open(Optional<String> netns) throws BackendException {
        LibNftables lib;
        try {
            lib = LibNftables.load();
        } catch (IllegalArgumentException | UnsatisfiedLinkError | IllegalCallerException e) {
            throw new BackendException("cannot load " + LibNftables.SONAME + ": " + e.getMessage(), e);
        }
        String name = "libnftables" + netns.map(n -> "@" + n).orElse("");
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name(name).unstarted(r));
        try {
            MemorySegment ctx = call(thread, () -> {
                netns.ifPresent(n -> Libc.enterNetns("/var/run/netns/" + n));
                LibNftables.LOCK.lock();
                try {
                    MemorySegment c = (MemorySegment) lib.ctxNew.invokeExact(0);
                    if (c.equals(MemorySegment.NULL)) {
                        throw new BackendException("nft_ctx_new failed");
                    }
                    int a = (int) lib.bufferOutput.invokeExact(c);
                    int b = (int) lib.bufferError.invokeExact(c);
                    if (a != 0 || b != 0) {
                        lib.ctxFree.invokeExact(c);
                        throw new BackendException("cannot buffer libnftables output");
                    }
                    return c;
                } finally {
                    LibNftables.LOCK.unlock();
                }
            });
            return new LibNftablesRunner(thread, lib, ctx,
                    "libnftables in-process" + netns.map(n -> " in netns " + n).orElse(""));
        } catch (BackendException e) {
            thread.shutdownNow();
            throw e;
        }
    }

    @Override
    public String run(String document) throws BackendException {
        return command(document, document.startsWith("{") ? LibNftables.OUTPUT_JSON : 0);
    }

    @Override
    public String listRulesetJson() throws BackendException {
        return command("list ruleset", LibNftables.OUTPUT_JSON);
    }

    @Override
    public String listTablesJson() throws BackendException {
        return command("list tables", LibNftables.OUTPUT_JSON);
    }

    @Override
    public String description() {
        return description;
    }

    private String command(String document, int flags) throws BackendException {
        return call(thread, () -> {
            if (closed) {
                throw new BackendException("libnftables runner is closed");
            }
            LibNftables.LOCK.lock();
            try (Arena arena = Arena.ofConfined()) {
                lib.setOutputFlags.invokeExact(ctx, flags);
                int rc = (int) lib.runFromBuffer.invokeExact(ctx, arena.allocateFrom(document));
                String out = LibNftables.string((MemorySegment) lib.getOutput.invokeExact(ctx));
                String err = LibNftables.string((MemorySegment) lib.getError.invokeExact(ctx));
                if (rc != 0) {
                    throw new BackendException(err.isBlank() ? "nft command failed" : err.strip());
                }
                return out;
            } finally {
                LibNftables.LOCK.unlock();
            }
        });
    }

    @Override
    public void close() {
        try {
            call(thread, () -> {
                if (!closed) {
                    closed = true;
                    LibNftables.LOCK.lock();
                    try {
                        lib.ctxFree.invokeExact(ctx);
                    } finally {
                        LibNftables.LOCK.unlock();
                    }
                }
                return null;
            });
        } catch (BackendException e) {
            // the context is gone either way once the thread ends
        } finally {
            thread.shutdown();
        }
    }

    /** A library call run on the runner's own thread. */
    private interface NativeCall<T> {
        T call() throws Throwable;
    }

    private static <T> T call(ExecutorService thread, NativeCall<T> body) throws BackendException {
        Callable<T> task = () -> {
            try {
                return body.call();
            } catch (Exception e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        };
        Future<T> f;
        try {
            f = thread.submit(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new BackendException("libnftables runner is closed", e);
        }
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException("interrupted while waiting for libnftables", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof BackendException be) {
                throw new BackendException(be.getMessage(), be);
            }
            throw new BackendException("libnftables call failed: " + c, c);
        }
    }
}
