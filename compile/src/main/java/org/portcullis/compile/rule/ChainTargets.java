package org.portcullis.compile.rule;

/** Resolves the chain named by {@code -j}/{@code -g} to the nftables chain to jump to. */
@FunctionalInterface
public interface ChainTargets {

    /** The nftables chain name; throws FirewallException when the chain cannot be a target. */
    String resolve(String iptablesChain);
}
