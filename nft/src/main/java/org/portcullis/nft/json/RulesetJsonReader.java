package org.portcullis.nft.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.portcullis.nft.BaseHook;
import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.NamedSet;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/**
 * Reads {@code nft -j list ruleset} output (the libnftables JSON schema) into the IR: tables, sets, chains
 * and rules. Statements and expressions without an exact IR counterpart are kept as their JSON text. A
 * command document made only of {@code add} commands, as {@link RulesetJsonWriter} writes it, is read as the
 * ruleset those commands build.
 */
public final class RulesetJsonReader {
    private static final JsonFactory FACTORY = new JsonFactory();

    private RulesetJsonReader() {
    }

    public static Ruleset read(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("an nft JSON listing is an object");
            }
            Builder b = new Builder();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("nftables") && t == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        b.add(Fields.object(JsonText.read(p)));
                    }
                } else {
                    p.skipChildren();
                }
            }
            return b.build();
        } catch (IOException | NotModelled e) {
            throw new IllegalArgumentException("not an nft JSON listing: " + e.getMessage(), e);
        }
    }

    private static final class Builder {
        private final Map<String, TableParts> tables = new LinkedHashMap<>();

        void add(Json.JObject item) {
            String kind = Fields.soleKey(item);
            if (kind == null) {
                return;
            }
            switch (kind) {
                case "table" -> table(Fields.object(item.get(kind)));
                case "chain" -> chain(Fields.object(item.get(kind)));
                case "rule" -> rule(Fields.object(item.get(kind)));
                case "set" -> set(Fields.object(item.get(kind)));
                case "add" -> add(Fields.object(item.get(kind)));
                case "insert", "replace", "create", "delete", "destroy", "flush", "reset" ->
                        throw new IllegalArgumentException("only add commands describe a ruleset, not " + kind);
                default -> {
                }
            }
        }

        private TableParts table(Json.JObject o) {
            Family f = Family.fromNft(Fields.string(o, "family"));
            String name = Fields.string(o, o.get("table") != null ? "table" : "name");
            return tables.computeIfAbsent(f.nftName() + " " + name, k -> new TableParts(f, name));
        }

        private TableParts owner(Json.JObject o) {
            Family f = Family.fromNft(Fields.string(o, "family"));
            String name = Fields.string(o, "table");
            return tables.computeIfAbsent(f.nftName() + " " + name, k -> new TableParts(f, name));
        }

        private void chain(Json.JObject o) {
            BaseHook base = null;
            if (o.get("hook") != null) {
                try {
                    base = new BaseHook(ChainType.fromNft(Fields.string(o, "type")), Hook.fromNft(Fields.string(o, "hook")),
                            (int) Fields.number(o, "prio"), ChainPolicy.valueOf(
                                    Fields.string(o, "policy").toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException | NotModelled e) {
                    throw new IllegalArgumentException("base chain " + Fields.string(o, "name") + " is not modelled: "
                            + o);
                }
            }
            ChainParts c = owner(o).chain(Fields.string(o, "name"));
            c.base = base;
        }

        private void rule(Json.JObject o) {
            List<Stmt> stmts = new ArrayList<>();
            if (o.get("expr") instanceof Json.JArray(var items)) {
                for (Json s : items) {
                    stmts.add(StmtReader.read(s));
                }
            }
            long handle = o.get("handle") == null ? 0 : Fields.number(o, "handle");
            owner(o).chain(Fields.string(o, "chain")).rules.add(new Rule(stmts, Fields.optString(o, "comment"), handle));
        }

        private void set(Json.JObject o) {
            String type = switch (o.get("type")) {
                case Json.JString(String s) -> s;
                case Json.JArray(var parts) -> String.join(" . ", parts.stream().map(Json::toString)
                        .map(s -> s.replace("\"", "")).toList());
                case null, default -> "unknown";
            };
            boolean interval = false;
            Json flags = o.get("flags");
            if (flags instanceof Json.JArray(var fs)) {
                interval = fs.contains(new Json.JString("interval"));
            } else if (flags instanceof Json.JString(String s)) {
                interval = s.equals("interval");
            }
            List<Expr> elements = new ArrayList<>();
            Json elem = o.get("elem");
            if (elem instanceof Json.JArray(var items)) {
                for (Json e : items) {
                    elements.add(ExprReader.read(e, type.equals("ifname")));
                }
            } else if (elem != null) {
                elements.add(ExprReader.read(elem, type.equals("ifname")));
            }
            owner(o).sets.add(new NamedSet(Fields.string(o, "name"), type, interval, elements));
        }

        Ruleset build() {
            return new Ruleset(tables.values().stream().map(TableParts::build).toList());
        }
    }

    private static final class TableParts {
        final Family family;
        final String name;
        final List<NamedSet> sets = new ArrayList<>();
        final Map<String, ChainParts> chains = new LinkedHashMap<>();

        TableParts(Family family, String name) {
            this.family = family;
            this.name = name;
        }

        ChainParts chain(String chainName) {
            return chains.computeIfAbsent(chainName, ChainParts::new);
        }

        Table build() {
            return new Table(family, name, sets, chains.values().stream().map(ChainParts::build).toList());
        }
    }

    private static final class ChainParts {
        final String name;
        BaseHook base;
        final List<Rule> rules = new ArrayList<>();

        ChainParts(String name) {
            this.name = name;
        }

        Chain build() {
            return new Chain(name, base, rules);
        }
    }
}
