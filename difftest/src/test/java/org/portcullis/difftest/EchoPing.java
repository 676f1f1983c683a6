package org.portcullis.difftest;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.net.InetAddress;
import java.nio.ByteOrder;

import org.portcullis.testkit.Probe;

/**
 * One ICMP echo through a connected ping socket ({@code socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP)}, or
 * {@code AF_INET6} and {@code IPPROTO_ICMPV6}), which reports ICMP errors about the echo as errno, as a
 * connected UDP socket does.
 */
final class EchoPing {
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
    private static final int SOCK_DGRAM = 2;
    private static final int IPPROTO_ICMP = 1;
    private static final int IPPROTO_ICMPV6 = 58;
    private static final int ECHO_REQUEST = 8;
    private static final int ECHO_REQUEST_V6 = 128;
    private static final int SOL_SOCKET = 1;
    private static final int SO_RCVTIMEO = 20;
    private static final int EPERM = 1;
    private static final int EAGAIN = 11;
    private static final int ECONNREFUSED = 111;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
    private static final StructLayout STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO_VALUE = STATE.varHandle(StructLayout.PathElement.groupElement("errno"));
    private static final MethodHandle SOCKET = handle("socket", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle SETSOCKOPT = handle("setsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle CONNECT = handle("connect", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle BIND = handle("bind", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle SEND = handle("send", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    private static final MethodHandle RECV = handle("recv", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    private static final MethodHandle CLOSE = LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow("close"),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT));

    private EchoPing() {
    }

    private static MethodHandle handle(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow(name), fd, ERRNO);
    }

    /**
     * Sends one echo request to {@code addr} from the local address {@code from} (null: as routing chooses)
     * and waits up to {@code timeoutMs} for its answer.
     */
    static Probe.Outcome ping(String addr, String from, int timeoutMs) throws Throwable {
        byte[] ip = InetAddress.getByName(addr).getAddress();
        boolean v6 = ip.length == 16;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int fd = (int) SOCKET.invokeExact(state, v6 ? AF_INET6 : AF_INET, SOCK_DGRAM, v6 ? IPPROTO_ICMPV6 : IPPROTO_ICMP);
            if (fd < 0) {
                throw new IllegalStateException("cannot open a ping socket, errno " + errno(state));
            }
            try {
                MemorySegment tv = arena.allocate(16);
                tv.set(JAVA_LONG, 0, timeoutMs / 1000);
                tv.set(JAVA_LONG, 8, (timeoutMs % 1000) * 1000L);
                int rc = (int) SETSOCKOPT.invokeExact(state, fd, SOL_SOCKET, SO_RCVTIMEO, tv, 16);
                if (from != null) {
                    MemorySegment local = sockaddr(arena, InetAddress.getByName(from).getAddress());
                    rc = (int) BIND.invokeExact(state, fd, local, (int) local.byteSize());
                    if (rc != 0) {
                        throw new IllegalStateException("cannot bind the ping socket to " + from + ", errno " + errno(state));
                    }
                }
                MemorySegment sin = sockaddr(arena, ip);
                rc = (int) CONNECT.invokeExact(state, fd, sin, (int) sin.byteSize());
                if (rc != 0) {
                    return outcome(errno(state));
                }
                MemorySegment msg = arena.allocate(16);
                msg.set(ValueLayout.JAVA_BYTE, 0, (byte) (v6 ? ECHO_REQUEST_V6 : ECHO_REQUEST));
                msg.set(ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN), 6, (short) 1);
                long n = (long) SEND.invokeExact(state, fd, msg, 16L, 0);
                if (n < 0) {
                    return outcome(errno(state));
                }
                MemorySegment buf = arena.allocate(256);
                n = (long) RECV.invokeExact(state, fd, buf, 256L, 0);
                return n >= 0 ? Probe.Outcome.CONNECTED : outcome(errno(state));
            } finally {
                int ignored = (int) CLOSE.invokeExact(fd);
            }
        }
    }

    /** A {@code sockaddr_in} or {@code sockaddr_in6} with port 0 for {@code ip}. */
    private static MemorySegment sockaddr(Arena arena, byte[] ip) {
        boolean v6 = ip.length == 16;
        MemorySegment sa = arena.allocate(v6 ? 28 : 16);
        sa.set(ValueLayout.JAVA_SHORT, 0, (short) (v6 ? AF_INET6 : AF_INET));
        for (int i = 0; i < ip.length; i++) {
            sa.set(ValueLayout.JAVA_BYTE, (v6 ? 8 : 4) + i, ip[i]);
        }
        return sa;
    }

    private static int errno(MemorySegment state) {
        return (int) ERRNO_VALUE.get(state, 0L);
    }

    private static Probe.Outcome outcome(int errno) {
        return switch (errno) {
            case EPERM -> Probe.Outcome.DENIED;
            case EAGAIN -> Probe.Outcome.TIMEOUT;
            case ECONNREFUSED -> Probe.Outcome.REFUSED;
            default -> Probe.Outcome.UNREACHABLE;
        };
    }
}
