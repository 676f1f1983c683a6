package org.portcullis.engine.hook;

/** What a hook runs at one priority: a base chain, or the nat core with the nat chains it runs. */
public sealed interface HookEntry permits BaseChain, NatHook {
    int priority();
}
