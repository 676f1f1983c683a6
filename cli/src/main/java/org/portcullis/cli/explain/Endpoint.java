package org.portcullis.cli.explain;

import org.portcullis.model.net.IpAddress;

/** {@code ADDR}, {@code ADDR:PORT}, {@code [V6ADDR]} or {@code [V6ADDR]:PORT}; {@code port} is -1 when absent. */
record Endpoint(IpAddress address, int port) {

    static Endpoint parse(String text, String what) {
        String addr = text;
        String port = null;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new UsageException(what + " '" + text + "': missing ']'");
            }
            addr = text.substring(1, close);
            String rest = text.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new UsageException(what + " '" + text + "': expected ':PORT' after ']'");
                }
                port = rest.substring(1);
            }
        } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
            addr = text.substring(0, text.indexOf(':'));
            port = text.substring(text.indexOf(':') + 1);
        }
        if (!IpAddress.isValid(addr)) {
            throw new UsageException(what + " '" + text + "': '" + addr + "' is not an IPv4 or IPv6 address");
        }
        return new Endpoint(IpAddress.parse(addr), port == null ? -1 : port(port, what + " '" + text + "'"));
    }

    static int port(String text, String what) {
        try {
            int p = Integer.parseInt(text);
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(what + ": '" + text + "' is not a port (1-65535)");
    }
}
