package org.portcullis.daemon.api;

import java.util.List;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** The daemon's answer: a result kind, and for errors firewalld's error name and message, or output lines. */
public record Response(Kind kind, ErrorCode code, String message, List<String> lines) {

    /** What the client prints: {@code success}, {@code yes}/{@code no}, lines, or an error or warning. */
    public enum Kind { OK, YES, NO, LINES, ERROR }

    public Response {
        message = message == null ? "" : message;
        lines = List.copyOf(lines);
    }

    public static Response ok() {
        return new Response(Kind.OK, null, "", List.of());
    }

    public static Response answer(boolean yes) {
        return new Response(yes ? Kind.YES : Kind.NO, null, "", List.of());
    }

    public static Response lines(List<String> lines) {
        return new Response(Kind.LINES, null, "", lines);
    }

    public static Response error(ErrorCode code, String message) {
        return new Response(Kind.ERROR, code, message, List.of());
    }

    public static Response error(FirewallException e) {
        return error(e.code(), e.detail());
    }

    /** The error as firewalld prints it after {@code Error: }: {@code NAME: message} or just {@code NAME}. */
    public String errorText() {
        return message.isEmpty() ? code.name() : code.name() + ": " + message;
    }
}
