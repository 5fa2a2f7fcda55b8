package nl.industriemonitor.releases;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the Atom 1.0 feed (RFC 4287) of the publications with a real XML writer, so that every
 * text, however it was imported, arrives escaped and well-formed.
 */
public final class ReleaseFeed {

    public static final String TYPE = "application/atom+xml; charset=UTF-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** The feed itself; {@code id} is the absolute URL of the list of publications, stable per site address. */
    public record Head(String lang, String id, String title, String subtitle, String selfUrl, String alternateUrl,
                Instant updated, String author, String rights) {
    }

    /** One publication date; {@code url} is its page and its id; {@code html}, if any, its content as HTML. */
    public record Entry(String url, String title, String summary, Instant updated, LocalDate published, String html) {

        public Entry(String url, String title, String summary, Instant updated, LocalDate published) {
            this(url, title, summary, updated, published, null);
        }
    }

    private ReleaseFeed() {
    }

    public static String atom(Head head, List<Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", head.lang());
            text(xml, "id", head.id());
            text(xml, "title", head.title());
            text(xml, "subtitle", head.subtitle());
            text(xml, "updated", time(head.updated()));
            link(xml, "self", TYPE.substring(0, TYPE.indexOf(';')), head.selfUrl());
            link(xml, "alternate", "text/html", head.alternateUrl());
            xml.writeStartElement("author");
            text(xml, "name", head.author());
            xml.writeEndElement();
            text(xml, "rights", head.rights());
            for (Entry e : entries) {
                xml.writeStartElement("entry");
                text(xml, "id", e.url());
                text(xml, "title", e.title());
                text(xml, "updated", time(e.updated()));
                text(xml, "published", e.published().atStartOfDay(ReleaseFormats.ZONE)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                link(xml, "alternate", "text/html", e.url());
                text(xml, "summary", e.summary());
                if (e.html() != null) {
                    xml.writeStartElement("content");
                    xml.writeAttribute("type", "html");
                    xml.writeCharacters(xmlChars(e.html()));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the release feed", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlChars(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", xmlChars(href));
    }

    /** RFC 3339 in UTC, whole seconds. */
    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Drops what XML 1.0 cannot hold at all (most control characters), which escaping cannot save. */
    static String xmlChars(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
