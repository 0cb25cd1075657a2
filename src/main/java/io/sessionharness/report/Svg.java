package io.sessionharness.report;

import java.io.StringWriter;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A small SVG writer over the JDK's XML DOM: elements and attributes are built as nodes and serialised by the XML
 * library, so every text and attribute value is escaped — no markup concatenated by hand.
 */
final class Svg {

    private static final String NS = "http://www.w3.org/2000/svg";

    private final Document document;
    private final Element root;

    Svg(int width, int height, String title) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is part of every JRE", e);
        }
        root = document.createElementNS(NS, "svg");
        root.setAttribute("width", String.valueOf(width));
        root.setAttribute("height", String.valueOf(height));
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        root.setAttribute("font-family", "sans-serif");
        root.setAttribute("font-size", "11");
        document.appendChild(root);
        add(root, "title").setTextContent(title);
    }

    Element root() {
        return root;
    }

    /** A child element of {@code parent} with attributes given as name, value pairs. */
    Element add(Element parent, String name, Object... attributes) {
        Element element = document.createElementNS(NS, name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            element.setAttribute(String.valueOf(attributes[i]), String.valueOf(attributes[i + 1]));
        }
        parent.appendChild(element);
        return element;
    }

    /** A group with a class, for the parts a reader (or a test) looks for: lanes, limits, markers. */
    Element group(Element parent, String cssClass) {
        return add(parent, "g", "class", cssClass);
    }

    Element text(Element parent, double x, double y, String text, Object... attributes) {
        Element element = add(parent, "text", attributes);
        element.setAttribute("x", format(x));
        element.setAttribute("y", format(y));
        element.setTextContent(text);
        return element;
    }

    static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    String render() {
        try {
            StringWriter out = new StringWriter();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("an SVG document built in memory could not be written", e);
        }
    }
}
