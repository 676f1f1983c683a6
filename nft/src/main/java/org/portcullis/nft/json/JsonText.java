package org.portcullis.nft.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** Reads one JSON value from a streaming parser, and writes values back as compact text. */
final class JsonText {
    private JsonText() {
    }

    /** Reads the value whose first token is the parser's current token. */
    static Json read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        return switch (t) {
            case START_OBJECT -> {
                Map<String, Json> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    fields.put(name, read(p));
                }
                yield new Json.JObject(fields);
            }
            case START_ARRAY -> {
                List<Json> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p));
                }
                yield new Json.JArray(items);
            }
            case VALUE_STRING -> new Json.JString(p.getText());
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.INT
                    || p.getNumberType() == JsonParser.NumberType.LONG
                    ? new Json.JNumber(p.getText(), true, p.getLongValue())
                    : new Json.JNumber(p.getText(), false, 0);
            case VALUE_NUMBER_FLOAT -> new Json.JNumber(p.getText(), false, 0);
            case VALUE_TRUE -> new Json.JBool(true);
            case VALUE_FALSE -> new Json.JBool(false);
            case VALUE_NULL -> new Json.JNull();
            default -> throw new IOException("unexpected JSON token " + t);
        };
    }

    static String write(Json j) {
        StringBuilder sb = new StringBuilder();
        write(j, sb);
        return sb.toString();
    }

    private static void write(Json j, StringBuilder sb) {
        switch (j) {
            case Json.JObject(var fields) -> {
                sb.append('{');
                boolean first = true;
                for (var e : fields.entrySet()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    string(e.getKey(), sb);
                    sb.append(':');
                    write(e.getValue(), sb);
                }
                sb.append('}');
            }
            case Json.JArray(var items) -> {
                sb.append('[');
                for (int i = 0; i < items.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    write(items.get(i), sb);
                }
                sb.append(']');
            }
            case Json.JString(String v) -> string(v, sb);
            case Json.JNumber n -> sb.append(n.text());
            case Json.JBool b -> sb.append(b.value());
            case Json.JNull n -> sb.append("null");
        }
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
