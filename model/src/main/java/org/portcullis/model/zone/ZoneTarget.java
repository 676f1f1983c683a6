package org.portcullis.model.zone;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** What a zone does with a packet none of its rules decided. */
public enum ZoneTarget {
    DEFAULT("default"), ACCEPT("ACCEPT"), DROP("DROP"), REJECT("%%REJECT%%");

    private final String xml;

    ZoneTarget(String xml) {
        this.xml = xml;
    }

    /** The spelling in zone files and {@code --list-all}. */
    public String xml() {
        return xml;
    }

    /** The spelling {@code --get-target} prints: {@code default}, {@code ACCEPT}, {@code DROP}, {@code REJECT}. */
    public String cli() {
        return this == REJECT ? "REJECT" : xml;
    }

    /** Accepts the file spelling and the command-line spelling ({@code REJECT}); else INVALID_TARGET. */
    public static ZoneTarget parse(String text) {
        for (ZoneTarget t : values()) {
            if (t.xml.equals(text) || t.cli().equals(text)) {
                return t;
            }
        }
        throw new FirewallException(ErrorCode.INVALID_TARGET, text);
    }

    @Override
    public String toString() {
        return xml;
    }
}
