package org.portcullis.engine.play;

/** Which end sent a packet: the simulated host or its peer (which has no firewall). */
public enum Sender { HOST, PEER }
