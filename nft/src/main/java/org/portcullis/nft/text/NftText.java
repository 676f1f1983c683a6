package org.portcullis.nft.text;

import java.util.stream.Collectors;

import org.portcullis.nft.Chain;
import org.portcullis.nft.NamedSet;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;

/**
 * Writes a ruleset as an {@code nft -f} document in block form. Names that nft's text syntax cannot carry,
 * and anything read from a kernel that is not modelled, are refused with IllegalArgumentException.
 */
public final class NftText {
    private NftText() {
    }

    public static String render(Ruleset ruleset) {
        StringBuilder sb = new StringBuilder();
        for (Table t : ruleset.tables()) {
            renderTable(t, sb);
        }
        return sb.toString();
    }

    /** The {@code table F N { ... }} block of one table. */
    public static void renderTable(Table t, StringBuilder sb) {
        sb.append("table ").append(t.family().nftName()).append(' ').append(NftNames.checked("table", t.name()))
                .append(" {\n");
        for (NamedSet s : t.sets()) {
            renderSet(s, sb);
        }
        for (Chain c : t.chains()) {
            renderChain(c, sb);
        }
        sb.append("}\n");
    }

    private static void renderSet(NamedSet s, StringBuilder sb) {
        sb.append("\tset ").append(NftNames.checked("set", s.name())).append(" {\n");
        sb.append("\t\ttype ").append(setType(s.type())).append('\n');
        if (s.interval()) {
            sb.append("\t\tflags interval\n");
        }
        if (!s.elements().isEmpty()) {
            sb.append("\t\telements = ").append(s.elements().stream().map(e -> ExprText.write(e, false))
                    .collect(Collectors.joining(", ", "{ ", " }"))).append('\n');
        }
        sb.append("\t}\n");
    }

    private static String setType(String type) {
        for (String part : type.split(" \\. ")) {
            ExprText.word(part);
        }
        return type;
    }

    private static void renderChain(Chain c, StringBuilder sb) {
        sb.append("\tchain ").append(NftNames.checked("chain", c.name())).append(" {\n");
        if (c.base() != null) {
            var b = c.base();
            sb.append("\t\ttype ").append(b.type().nftName()).append(" hook ").append(b.hook().nftName())
                    .append(" priority ").append(b.priority()).append("; policy ").append(b.policy().nftName())
                    .append(";\n");
        }
        for (Rule r : c.rules()) {
            sb.append("\t\t").append(rule(r)).append('\n');
        }
        sb.append("\t}\n");
    }

    /** One rule's statements, and its comment, on one line. */
    public static String rule(Rule r) {
        if (r.stmts().isEmpty()) {
            throw new IllegalArgumentException("a rule needs at least one statement");
        }
        String body = r.stmts().stream().map(StmtText::write).collect(Collectors.joining(" "));
        if (r.comment() != null) {
            body = body + " comment " + ExprText.quote(r.comment());
        }
        return body;
    }
}
