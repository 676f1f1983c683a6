package org.portcullis.config.rich;

/** A word of a rich rule: an element keyword, an {@code name=value} attribute, or the end of the rule. */
record Token(String element, String name, String value) {
    static final Token END = new Token(null, null, null);

    static Token element(String word) {
        return new Token(word, null, null);
    }

    static Token attribute(String name, String value) {
        return new Token(null, name, value);
    }

    boolean isEnd() {
        return this == END;
    }

    boolean isAttribute() {
        return name != null;
    }

    boolean isElement(String word) {
        return element != null && element.equals(word);
    }
}
