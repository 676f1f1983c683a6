package org.portcullis.config.xml;

import java.util.Map;
import java.util.SequencedMap;

/** A start tag read from a configuration document: its name and attributes in document order. */
public record XmlElement(String name, SequencedMap<String, String> attributes) {

    public String get(String attribute) {
        return attributes.get(attribute);
    }

    public boolean has(String attribute) {
        return attributes.containsKey(attribute);
    }

    public Map<String, String> asMap() {
        return attributes;
    }
}
