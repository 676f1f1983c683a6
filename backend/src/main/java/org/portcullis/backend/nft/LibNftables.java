package org.portcullis.backend.nft;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Downcalls into libnftables.so.1, bound by soname. libnftables keeps process-wide state, so every call,
 * on any context, must hold {@link #LOCK}.
 */
final class LibNftables {
    static final String SONAME = "libnftables.so.1";
    static final int OUTPUT_JSON = 1 << 4;
    static final ReentrantLock LOCK = new ReentrantLock();

    final MethodHandle ctxNew;
    final MethodHandle ctxFree;
    final MethodHandle bufferOutput;
    final MethodHandle bufferError;
    final MethodHandle getOutput;
    final MethodHandle getError;
    final MethodHandle setOutputFlags;
    final MethodHandle runFromBuffer;

    private static LibNftables instance;

    private LibNftables(SymbolLookup lib) {
        Linker linker = Linker.nativeLinker();
        ctxNew = linker.downcallHandle(find(lib, "nft_ctx_new"), FunctionDescriptor.of(ADDRESS, JAVA_INT));
        ctxFree = linker.downcallHandle(find(lib, "nft_ctx_free"), FunctionDescriptor.ofVoid(ADDRESS));
        bufferOutput = linker.downcallHandle(find(lib, "nft_ctx_buffer_output"), FunctionDescriptor.of(JAVA_INT, ADDRESS));
        bufferError = linker.downcallHandle(find(lib, "nft_ctx_buffer_error"), FunctionDescriptor.of(JAVA_INT, ADDRESS));
        getOutput = linker.downcallHandle(find(lib, "nft_ctx_get_output_buffer"), FunctionDescriptor.of(ADDRESS, ADDRESS));
        getError = linker.downcallHandle(find(lib, "nft_ctx_get_error_buffer"), FunctionDescriptor.of(ADDRESS, ADDRESS));
        setOutputFlags = linker.downcallHandle(find(lib, "nft_ctx_output_set_flags"),
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
        runFromBuffer = linker.downcallHandle(find(lib, "nft_run_cmd_from_buffer"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    }

    /** Loads the library once; throws IllegalArgumentException when it is not installed. */
    static synchronized LibNftables load() {
        if (instance == null) {
            instance = new LibNftables(SymbolLookup.libraryLookup(SONAME, Arena.global()));
        }
        return instance;
    }

    private static MemorySegment find(SymbolLookup lib, String name) {
        return lib.find(name).orElseThrow(() -> new IllegalArgumentException(SONAME + " lacks " + name));
    }

    /** Copies a C string returned by libnftables; the library reuses the buffer on its next call. */
    static String string(MemorySegment p) {
        return p.equals(MemorySegment.NULL) ? "" : p.reinterpret(Long.MAX_VALUE).getString(0);
    }
}
