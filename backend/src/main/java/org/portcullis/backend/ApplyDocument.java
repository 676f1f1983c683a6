package org.portcullis.backend;

import java.util.Collection;

import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;
import org.portcullis.nft.json.JsonCommands;
import org.portcullis.nft.text.NftText;
import org.portcullis.nft.text.TextSyntaxException;

/**
 * The single nft document that replaces Portcullis' tables: each desired table is created if missing,
 * deleted and defined anew; owned tables no longer desired are deleted (added first, so that a table removed
 * meanwhile does not fail the transaction). nft runs the document as one transaction.
 * The document is nft text (the faster form to load) unless a name or string needs the JSON form.
 */
final class ApplyDocument {
    private ApplyDocument() {
    }

    static String build(Ruleset desired, Collection<TableId> ownedNow) {
        try {
            return text(desired, ownedNow);
        } catch (TextSyntaxException e) {
            return json(desired, ownedNow);
        }
    }

    static String text(Ruleset desired, Collection<TableId> ownedNow) {
        StringBuilder sb = new StringBuilder();
        for (TableId id : ownedNow) {
            if (desired.table(id.family(), id.name()) == null) {
                sb.append("add table ").append(id.spec()).append('\n');
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

    static String json(Ruleset desired, Collection<TableId> ownedNow) {
        JsonCommands c = new JsonCommands();
        for (TableId id : ownedNow) {
            if (desired.table(id.family(), id.name()) == null) {
                c.addTable(id.family(), id.name()).deleteTable(id.family(), id.name());
            }
        }
        for (Table t : desired.tables()) {
            c.addTable(t.family(), t.name()).deleteTable(t.family(), t.name()).define(t);
        }
        return c.finish();
    }

    static String deleteAll(Collection<TableId> ownedNow) {
        JsonCommands c = new JsonCommands();
        for (TableId id : ownedNow) {
            c.addTable(id.family(), id.name()).deleteTable(id.family(), id.name());
        }
        return c.finish();
    }
}
