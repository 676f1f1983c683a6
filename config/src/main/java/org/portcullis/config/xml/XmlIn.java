package org.portcullis.config.xml;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/**
 * Reads a configuration document element by element. Malformed XML fails with the document type's error
 * ({@code INVALID_ZONE: not a valid zone file: …}); elements are checked against a {@link XmlSchema}.
 */
public final class XmlIn {
    private static final XMLInputFactory FACTORY = newFactory();
    private final XMLStreamReader xml;
    private final XmlSchema schema;
    private final ErrorCode invalidFile;
    private final String kind;

    public XmlIn(InputStream in, XmlSchema schema, ErrorCode invalidFile, String kind) {
        this.schema = schema;
        this.invalidFile = invalidFile;
        this.kind = kind;
        try {
            this.xml = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /** The root element, which must be {@code expected}. */
    public XmlElement root(String expected) {
        XmlElement e = nextChild();
        if (e == null || !e.name().equals(expected)) {
            throw new FirewallException(invalidFile, "not a valid " + kind + " file: root element is not '"
                    + expected + "'");
        }
        return e;
    }

    /** The next child start tag, checked against the schema, or null when the enclosing element ends. */
    public XmlElement nextChild() {
        try {
            while (xml.hasNext()) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    SequencedMap<String, String> attrs = new LinkedHashMap<>();
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        attrs.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                    }
                    XmlElement e = new XmlElement(xml.getLocalName(), attrs);
                    schema.check(e);
                    return e;
                }
                if (ev == XMLStreamConstants.END_ELEMENT || ev == XMLStreamConstants.END_DOCUMENT) {
                    return null;
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** The text of the current element, consuming its end tag. */
    public String text() {
        try {
            return xml.getElementText();
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** Consumes the current element, which may not have children. */
    public void end() {
        XmlElement child = nextChild();
        if (child != null) {
            throw new FirewallException(ErrorCode.PARSE_ERROR, "Unexpected element " + child.name());
        }
    }

    /** Reads to the end of the document, so that trailing garbage is reported. */
    public void finish() {
        try {
            while (xml.hasNext()) {
                xml.next();
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private FirewallException malformed(XMLStreamException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage().replace('\n', ' ');
        return new FirewallException(invalidFile, "not a valid " + kind + " file: " + msg);
    }
}
