package org.portcullis.nft;

import java.util.List;

/** A named set; {@code type} is the nft type name (e.g. {@code ipv4_addr}), {@code interval} its flag. */
public record NamedSet(String name, String type, boolean interval, List<Expr> elements) {
    public NamedSet {
        elements = List.copyOf(elements);
    }
}
