package org.portcullis.backend;

import java.util.List;

import org.portcullis.backend.nft.NftRunner;
import org.portcullis.nft.Family;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.json.RulesetJsonReader;

/**
 * The kernel's nftables, driven through an {@link NftRunner}. The owned tables are listed from the kernel
 * on the first apply and on removeAll; in between the backend remembers what it applied, because nft 1.0.6
 * fetches every rule even to list table names (0.7 s at 10 000 rules). Tables are deleted in the
 * idempotent add-then-delete form, so one removed behind the backend's back does not fail an apply.
 */
public final class NftablesBackend implements Backend {
    private final NftRunner runner;
    private final IpForwarding forwarding;
    private List<TableId> applied;

    public NftablesBackend(NftRunner runner) {
        this(runner, new IpForwarding(IpForwarding.PROC_SYS_NET));
    }

    NftablesBackend(NftRunner runner, IpForwarding forwarding) {
        this.runner = runner;
        this.forwarding = forwarding;
    }

    @Override
    public String name() {
        return "nftables";
    }

    public NftRunner runner() {
        return runner;
    }

    @Override
    public synchronized void apply(Ruleset desired) throws BackendException {
        String document;
        try {
            Ownership.requireOwned(desired);
            document = ApplyDocument.build(desired, applied != null ? applied : ownedTables());
        } catch (IllegalArgumentException e) {
            throw new BackendException("cannot express the ruleset for nft: " + e.getMessage(), e);
        }
        if (!document.isEmpty()) {
            runner.run(document);
        }
        applied = desired.tables().stream().map(t -> new TableId(t.family(), t.name())).toList();
    }

    @Override
    public synchronized Ruleset current() throws BackendException {
        return Ownership.ownedPart(read(runner.listRulesetJson()));
    }

    @Override
    public synchronized void removeAll() throws BackendException {
        List<TableId> owned = ownedTables();
        if (!owned.isEmpty()) {
            runner.run(ApplyDocument.deleteAll(owned));
        }
        applied = List.of();
    }

    @Override
    public void enableForwarding(Family family) throws BackendException {
        forwarding.enable(family);
    }

    private List<TableId> ownedTables() throws BackendException {
        return read(runner.listTablesJson()).tables().stream()
                .filter(t -> Ownership.owned(t.name()))
                .map(t -> new TableId(t.family(), t.name()))
                .toList();
    }

    private static Ruleset read(String json) throws BackendException {
        try {
            return RulesetJsonReader.read(json);
        } catch (IllegalArgumentException e) {
            throw new BackendException("cannot read nft's listing: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        runner.close();
    }
}
