package org.portcullis.nft;

/** What makes a chain a base chain: its type, hook, priority and policy. */
public record BaseHook(ChainType type, Hook hook, int priority, ChainPolicy policy) {
}
