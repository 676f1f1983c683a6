package org.portcullis.model.rich;

/** {@code source [not] address=|mac=|ipset=}. */
public record RuleSource(boolean invert, AddressMatch match) {
}
