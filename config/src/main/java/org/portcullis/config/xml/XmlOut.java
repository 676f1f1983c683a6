package org.portcullis.config.xml;

import java.io.IOException;
import java.io.Writer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a firewalld configuration document: the {@code utf-8} declaration, elements indented by two spaces
 * per level, one per line, attributes in the order given (pairs of name and value; null values are left out).
 */
public final class XmlOut {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();
    private final XMLStreamWriter xml;

    public XmlOut(Writer out) {
        try {
            out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
            out.flush();
            this.xml = FACTORY.createXMLStreamWriter(out);
        } catch (IOException | XMLStreamException e) {
            throw new XmlException(e);
        }
    }

    /** Opens an element at {@code depth} and ends the line. */
    public void open(int depth, String name, String... attributes) {
        run(() -> {
            indent(depth);
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters("\n");
        });
    }

    public void close(int depth, String name) {
        run(() -> {
            indent(depth);
            xml.writeEndElement();
            xml.writeCharacters("\n");
        });
    }

    /** An element without content: {@code <name a="v"/>}. */
    public void empty(int depth, String name, String... attributes) {
        run(() -> {
            indent(depth);
            xml.writeEmptyElement(name);
            attributes(attributes);
            xml.writeCharacters("\n");
        });
    }

    /** An element holding text: {@code <short>SSH</short>}. */
    public void text(int depth, String name, String text) {
        run(() -> {
            indent(depth);
            xml.writeStartElement(name);
            xml.writeCharacters(text);
            xml.writeEndElement();
            xml.writeCharacters("\n");
        });
    }

    /** Flushes; the underlying writer stays open. */
    public void finish() {
        run(() -> {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        });
    }

    /** Flushes a writer, reporting failure as {@link XmlException}. */
    public static void flush(Writer w) {
        try {
            w.flush();
        } catch (IOException e) {
            throw new XmlException(e);
        }
    }

    private void attributes(String[] pairs) throws XMLStreamException {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                xml.writeAttribute(pairs[i], pairs[i + 1]);
            }
        }
    }

    private void indent(int depth) throws XMLStreamException {
        if (depth > 0) {
            xml.writeCharacters("  ".repeat(depth));
        }
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    private static void run(Step step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new XmlException(e);
        }
    }
}
