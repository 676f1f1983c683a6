package org.portcullis.model.rich;

/** {@code destination [not] address=|ipset=}; a MAC is rejected by the rule check. */
public record RuleDestination(boolean invert, AddressMatch match) {
}
