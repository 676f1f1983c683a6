package org.portcullis.config.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

import org.portcullis.config.shell.Shlex;
import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Passthrough;

/**
 * Produces direct.xml text as firewalld writes it: chains grouped by family and table, rules by chain key,
 * passthroughs by family (each group in order of first appearance), two-space indentation.
 */
final class DirectXmlWriter {
    private final StringBuilder out = new StringBuilder();

    static String text(DirectConfig config) {
        DirectXmlWriter w = new DirectXmlWriter();
        w.out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<direct>\n");
        for (DirectChain c : grouped(config.chains(), c -> c.ipv() + "\0" + c.table())) {
            w.out.append("  <chain ipv=").append(attr(c.ipv().word())).append(" table=").append(attr(c.table()))
                    .append(" chain=").append(attr(c.chain())).append("/>\n");
        }
        for (DirectRule r : config.rules()) {
            if (!r.args().isEmpty()) {
                w.out.append("  <rule ipv=").append(attr(r.ipv().word())).append(" table=").append(attr(r.table()))
                        .append(" chain=").append(attr(r.chain())).append(" priority=")
                        .append(attr(Integer.toString(r.priority()))).append('>')
                        .append(escape(Shlex.join(r.args()))).append("</rule>\n");
            }
        }
        for (Passthrough p : grouped(config.passthroughs(), Passthrough::ipv)) {
            if (!p.args().isEmpty()) {
                w.out.append("  <passthrough ipv=").append(attr(p.ipv().word())).append('>')
                        .append(escape(Shlex.join(p.args()))).append("</passthrough>\n");
            }
        }
        w.out.append("</direct>\n");
        return w.out.toString();
    }

    /** The items regrouped by key, groups in order of their first item, items in order inside a group. */
    static <T> List<T> grouped(List<T> items, java.util.function.Function<T, Object> key) {
        SequencedMap<Object, List<T>> groups = new LinkedHashMap<>();
        for (T item : items) {
            groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        List<T> out = new ArrayList<>();
        groups.values().forEach(out::addAll);
        return out;
    }

    /** A configuration as it reads back after being written: chains and passthroughs regrouped. */
    static DirectConfig asWritten(DirectConfig c) {
        List<DirectRule> rules = c.rules().stream().filter(r -> !r.args().isEmpty()).toList();
        List<Passthrough> ps = grouped(c.passthroughs(), Passthrough::ipv).stream()
                .filter(p -> !p.args().isEmpty()).toList();
        return DirectConfig.of(grouped(c.chains(), ch -> ch.ipv() + "\0" + ch.table()), rules, ps);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** An attribute value quoted the way Python's saxutils.quoteattr does. */
    static String attr(String value) {
        String v = escape(value).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
        if (v.indexOf('"') < 0) {
            return '"' + v + '"';
        }
        if (v.indexOf('\'') < 0) {
            return "'" + v + "'";
        }
        return '"' + v.replace("\"", "&quot;") + '"';
    }

}
