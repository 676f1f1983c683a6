package org.portcullis.engine.play;

/**
 * Which end sent a packet: the simulated host, its peer (which has no firewall), or the host beyond it that
 * a flow the peer opened was forwarded to (after a destination nat; it listens and has no firewall either).
 */
public enum Sender { HOST, PEER, TARGET }
