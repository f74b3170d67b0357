package dev.owl.render;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A small XML element tree written with the JDK's StAX writer, which escapes text and attributes. */
public final class Xml {
    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Xml> children = new ArrayList<>();
    private String text;

    public Xml(String name) {
        this.name = name;
    }

    public Xml attr(String key, Object value) {
        if (value != null) {
            attributes.put(key, Sanitizer.clean(value.toString())); // a parser reads a raw newline in an attribute as a space
        }
        return this;
    }

    public Xml child(Xml c) {
        children.add(c);
        return this;
    }

    public Xml text(String t) {
        this.text = xmlSafe(t);
        return this;
    }

    /** XML 1.0 cannot carry most control characters, even escaped: show them as visible escapes. */
    private static String xmlSafe(String s) {
        StringBuilder out = new StringBuilder();
        String[] lines = s.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 ? "" : "\n").append(Sanitizer.clean(lines[i]));
        }
        return out.toString();
    }

    public String render() {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            write(w, 0);
            w.writeEndDocument();
            w.close();
            return out.append('\n').toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
        }
    }

    private void write(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("  ".repeat(depth));
        if (children.isEmpty() && text == null) {
            w.writeEmptyElement(name);
            for (Map.Entry<String, String> a : attributes.entrySet()) {
                w.writeAttribute(a.getKey(), a.getValue());
            }
            w.writeCharacters("\n");
            return;
        }
        w.writeStartElement(name);
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            w.writeAttribute(a.getKey(), a.getValue());
        }
        if (text != null) {
            w.writeCharacters(text);
        } else {
            w.writeCharacters("\n");
            for (Xml c : children) {
                c.write(w, depth + 1);
            }
            w.writeCharacters("  ".repeat(depth));
        }
        w.writeEndElement();
        w.writeCharacters("\n");
    }
}
