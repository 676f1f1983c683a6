package org.portcullis.model.rich;

/** The address family a rich rule is limited to. */
public enum Family {
    IPV4("ipv4"), IPV6("ipv6");

    private final String text;

    Family(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The family named {@code ipv4} or {@code ipv6}, or null for anything else. */
    public static Family byText(String text) {
        for (Family f : values()) {
            if (f.text.equals(text)) {
                return f;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }
}
