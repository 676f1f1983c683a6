package org.portcullis.daemon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.model.error.ErrorCode;

class CodecTest {
    private static byte[] bytes(Request r) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Codec.write(new DataOutputStream(b), r);
        return b.toByteArray();
    }

    private static Response roundTrip(Response r) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Codec.write(new DataOutputStream(b), r);
        return Codec.readResponse(new DataInputStream(new ByteArrayInputStream(b.toByteArray())));
    }

    @Test
    void requestsRoundTrip() throws IOException {
        Request r = new Request(Ops.ADD_RULE, List.of("ipv4", "filter", "žluťoučký", "-5", "", "a b", "'\"\\"), true);
        assertEquals(r, Codec.readRequest(new DataInputStream(new ByteArrayInputStream(bytes(r)))));
    }

    @Test
    void responsesRoundTrip() throws IOException {
        for (Response r : List.of(Response.ok(), Response.answer(true), Response.answer(false),
                Response.lines(List.of("", "ipv4 filter OUTPUT 0 -j ACCEPT")),
                Response.error(ErrorCode.ALREADY_ENABLED, "rule '('-j', 'ACCEPT')' already is in 'ipv4:filter:x'"),
                Response.error(ErrorCode.NOT_RUNNING, ""))) {
            assertEquals(r, roundTrip(r));
        }
    }

    @Test
    void rejectsForeignBytes() {
        byte[] junk = "GET / HTTP/1.0\r\n\r\n".getBytes();
        assertThrows(IOException.class, () -> Codec.readRequest(new DataInputStream(new ByteArrayInputStream(junk))));
    }

    @Test
    void errorTextIsNameAndMessage() {
        assertEquals("INVALID_TABLE: 'x' not in 'y'", Response.error(ErrorCode.INVALID_TABLE, "'x' not in 'y'").errorText());
        assertEquals("NOT_RUNNING", Response.error(ErrorCode.NOT_RUNNING, "").errorText());
    }
}
