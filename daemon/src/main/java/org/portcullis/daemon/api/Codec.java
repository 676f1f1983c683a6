package org.portcullis.daemon.api;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.portcullis.model.error.ErrorCode;

/** The wire format between firewall-cmd and the daemon: length-prefixed UTF-8 strings, no reflection. */
public final class Codec {
    static final int MAGIC = 0x50430001;
    private static final int MAX_STRING = 1 << 24;
    private static final int MAX_COUNT = 1 << 22;

    private Codec() {
    }

    public static void write(DataOutput out, Request request) throws IOException {
        out.writeInt(MAGIC);
        writeString(out, request.op());
        out.writeBoolean(request.permanent());
        writeStrings(out, request.args());
    }

    public static Request readRequest(DataInput in) throws IOException {
        checkMagic(in);
        String op = readString(in);
        boolean permanent = in.readBoolean();
        return new Request(op, readStrings(in), permanent);
    }

    public static void write(DataOutput out, Response response) throws IOException {
        out.writeInt(MAGIC);
        out.writeByte(response.kind().ordinal());
        writeString(out, response.code() == null ? "" : response.code().name());
        writeString(out, response.message());
        writeStrings(out, response.lines());
    }

    public static Response readResponse(DataInput in) throws IOException {
        checkMagic(in);
        int kind = in.readUnsignedByte();
        Response.Kind[] kinds = Response.Kind.values();
        if (kind >= kinds.length) {
            throw new IOException("unknown response kind " + kind);
        }
        String code = readString(in);
        String message = readString(in);
        List<String> lines = readStrings(in);
        return new Response(kinds[kind], code.isEmpty() ? null : ErrorCode.byName(code), message, lines);
    }

    private static void checkMagic(DataInput in) throws IOException {
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new IOException("not a Portcullis message");
        }
    }

    private static void writeStrings(DataOutput out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            writeString(out, v);
        }
    }

    private static List<String> readStrings(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new IOException("bad count " + n);
        }
        List<String> values = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            values.add(readString(in));
        }
        return values;
    }

    private static void writeString(DataOutput out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_STRING) {
            throw new IOException("bad string length " + n);
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
