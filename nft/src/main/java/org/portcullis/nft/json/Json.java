package org.portcullis.nft.json;

import java.util.List;
import java.util.Map;

/** A JSON value read from one object of an nft listing; {@link #toString()} gives compact JSON text. */
sealed interface Json {

    record JObject(Map<String, Json> fields) implements Json {
        Json get(String key) {
            return fields.get(key);
        }

        @Override
        public String toString() {
            return JsonText.write(this);
        }
    }

    record JArray(List<Json> items) implements Json {
        @Override
        public String toString() {
            return JsonText.write(this);
        }
    }

    record JString(String value) implements Json {
        @Override
        public String toString() {
            return JsonText.write(this);
        }
    }

    /** A number; {@code integral} when it fits a long, which {@code value} then holds. */
    record JNumber(String text, boolean integral, long value) implements Json {
        @Override
        public String toString() {
            return text;
        }
    }

    record JBool(boolean value) implements Json {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    record JNull() implements Json {
        @Override
        public String toString() {
            return "null";
        }
    }
}
