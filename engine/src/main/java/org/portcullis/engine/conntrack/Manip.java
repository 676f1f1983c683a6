package org.portcullis.engine.conntrack;

/**
 * Which end of a flow a nat hook translates: the destination at prerouting and output, the source at
 * postrouting and input.
 */
public enum Manip {
    SRC, DST;

    /** The {@code ct status} bit a translation of this kind sets ({@code snat} or {@code dnat}). */
    long statusBit() {
        return this == SRC ? CtEntry.SRC_NAT : CtEntry.DST_NAT;
    }

    Manip opposite() {
        return this == SRC ? DST : SRC;
    }
}
