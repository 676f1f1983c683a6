package org.portcullis.model.rule;

/** TCP header flags. */
public enum TcpFlag {
    FIN, SYN, RST, PSH, ACK, URG, ECE, CWR
}
