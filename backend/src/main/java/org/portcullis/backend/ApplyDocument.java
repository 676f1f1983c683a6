package org.portcullis.backend;

import java.util.Collection;

import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;
import org.portcullis.nft.text.NftText;

/**
 * The single nft document that replaces Portcullis' tables: each desired table is created if missing,
 * deleted and defined anew; owned tables no longer desired are deleted. nft runs it as one transaction.
 */
final class ApplyDocument {
    private ApplyDocument() {
    }

    static String build(Ruleset desired, Collection<TableId> ownedNow) {
        StringBuilder sb = new StringBuilder();
        for (TableId id : ownedNow) {
            if (desired.table(id.family(), id.name()) == null) {
                sb.append("delete table ").append(id.spec()).append('\n');
            }
        }
        for (Table t : desired.tables()) {
            String spec = new TableId(t.family(), t.name()).spec();
            sb.append("add table ").append(spec).append('\n');
            sb.append("delete table ").append(spec).append('\n');
            NftText.renderTable(t, sb);
        }
        return sb.toString();
    }

    static String deleteAll(Collection<TableId> ownedNow) {
        StringBuilder sb = new StringBuilder();
        for (TableId id : ownedNow) {
            sb.append("delete table ").append(id.spec()).append('\n');
        }
        return sb.toString();
    }
}
