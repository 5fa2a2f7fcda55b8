package nl.industriemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads an Atom feed as a namespace-aware parser does, for the feed tests (releases, branches, groups). */
public final class AtomXml {

    public static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomXml() {
    }

    /** The feed parsed with namespaces, a DOCTYPE refused. */
    public static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The {@code atom:name} children of an element, in order. */
    public static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    /** The one {@code atom:name} child; fails unless there is exactly one. */
    public static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("exactly one atom:" + name + " in " + parent.getLocalName()).hasSize(1);
        return found.get(0);
    }

    /** The href of the one {@code atom:link} with this rel. */
    public static String link(Element parent, String rel) {
        List<Element> links = children(parent, "link").stream().filter(l -> rel.equals(l.getAttribute("rel"))).toList();
        assertThat(links).as("link rel=" + rel).hasSize(1);
        return links.get(0).getAttribute("href");
    }
}
