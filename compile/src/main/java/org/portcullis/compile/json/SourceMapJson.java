package org.portcullis.compile.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.portcullis.compile.Origin;
import org.portcullis.compile.RuleRef;
import org.portcullis.compile.SourceMap;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.direct.Passthrough;
import org.portcullis.nft.Family;

/**
 * A source map as JSON: {@code {"sources": [{"family", "table", "chain", "index", "origin": {"kind", ...}}]}},
 * entries sorted by position. Origin kinds: {@code direct} (ipv, table, chain, priority, args, part),
 * {@code passthrough} (ipv, args), {@code zone} (zone, item), {@code policy} (policy, item), {@code builtin}
 * (description).
 */
public final class SourceMapJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Comparator<RuleRef> ORDER = Comparator.comparing((RuleRef r) -> r.family().nftName())
            .thenComparing(RuleRef::table).thenComparing(RuleRef::chain).thenComparingInt(RuleRef::index);

    private SourceMapJson() {
    }

    public static String write(SourceMap map) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeArrayFieldStart("sources");
            List<RuleRef> refs = new ArrayList<>(map.origins().keySet());
            refs.sort(ORDER);
            for (RuleRef ref : refs) {
                g.writeStartObject();
                g.writeStringField("family", ref.family().nftName());
                g.writeStringField("table", ref.table());
                g.writeStringField("chain", ref.chain());
                g.writeNumberField("index", ref.index());
                g.writeFieldName("origin");
                origin(g, map.origins().get(ref));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void origin(JsonGenerator g, Origin o) throws IOException {
        g.writeStartObject();
        switch (o) {
            case Origin.FromDirectRule d -> {
                g.writeStringField("kind", "direct");
                g.writeStringField("ipv", d.rule().ipv().word());
                g.writeStringField("table", d.rule().table());
                g.writeStringField("chain", d.rule().chain());
                g.writeNumberField("priority", d.rule().priority());
                words(g, d.rule().args());
                g.writeNumberField("part", d.part());
            }
            case Origin.FromPassthrough p -> {
                g.writeStringField("kind", "passthrough");
                g.writeStringField("ipv", p.passthrough().ipv().word());
                words(g, p.passthrough().args());
            }
            case Origin.FromZone z -> {
                g.writeStringField("kind", "zone");
                g.writeStringField("zone", z.zone());
                g.writeStringField("item", z.item());
            }
            case Origin.FromPolicy p -> {
                g.writeStringField("kind", "policy");
                g.writeStringField("policy", p.policy());
                g.writeStringField("item", p.item());
            }
            case Origin.Builtin b -> {
                g.writeStringField("kind", "builtin");
                g.writeStringField("description", b.description());
            }
        }
        g.writeEndObject();
    }

    private static void words(JsonGenerator g, List<String> args) throws IOException {
        g.writeArrayFieldStart("args");
        for (String a : args) {
            g.writeString(a);
        }
        g.writeEndArray();
    }

    /** Reads what {@link #write} wrote; IllegalArgumentException for anything else. */
    public static SourceMap read(String json) {
        Object doc;
        try (JsonParser p = FACTORY.createParser(json)) {
            p.nextToken();
            doc = value(p);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("text after the source map");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a source map: " + e.getMessage(), e);
        }
        Map<RuleRef, Origin> origins = new HashMap<>();
        for (Object entry : list(object(doc).get("sources"))) {
            Map<String, Object> e = object(entry);
            RuleRef ref = new RuleRef(Family.fromNft(string(e, "family")), string(e, "table"), string(e, "chain"),
                    number(e, "index"));
            origins.put(ref, origin(object(e.get("origin"))));
        }
        return new SourceMap(origins);
    }

    private static Origin origin(Map<String, Object> o) {
        return switch (string(o, "kind")) {
            case "direct" -> new Origin.FromDirectRule(new DirectRule(ipv(o), string(o, "table"), string(o, "chain"),
                    number(o, "priority"), strings(o.get("args"))), number(o, "part"));
            case "passthrough" -> new Origin.FromPassthrough(new Passthrough(ipv(o), strings(o.get("args"))));
            case "zone" -> new Origin.FromZone(string(o, "zone"), string(o, "item"));
            case "policy" -> new Origin.FromPolicy(string(o, "policy"), string(o, "item"));
            case "builtin" -> new Origin.Builtin(string(o, "description"));
            default -> throw new IllegalArgumentException("unknown origin kind " + o.get("kind"));
        };
    }

    private static Ipv ipv(Map<String, Object> o) {
        String word = string(o, "ipv");
        return Ipv.fromWord(word).orElseThrow(() -> new IllegalArgumentException("unknown ipv " + word));
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw new IllegalArgumentException("the source map ends early");
        }
        return switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                yield m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                yield l;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException("unexpected " + t + " in a source map");
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object o) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException("expected an object, found " + o);
    }

    private static List<?> list(Object o) {
        if (o instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException("expected an array, found " + o);
    }

    private static String string(Map<String, Object> o, String key) {
        if (o.get(key) instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("expected a string " + key + " in " + o);
    }

    private static int number(Map<String, Object> o, String key) {
        if (o.get(key) instanceof Long n && n == n.intValue()) {
            return n.intValue();
        }
        throw new IllegalArgumentException("expected a number " + key + " in " + o);
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        for (Object item : list(o)) {
            if (!(item instanceof String s)) {
                throw new IllegalArgumentException("expected a string, found " + item);
            }
            out.add(s);
        }
        return out;
    }
}
