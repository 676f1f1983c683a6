package org.portcullis.engine.conntrack;

/** Whether a packet travels as the flow's first packet did, or the other way. */
public enum CtDirection {
    ORIGINAL, REPLY;

    public String nftName() {
        return this == ORIGINAL ? "original" : "reply";
    }
}
