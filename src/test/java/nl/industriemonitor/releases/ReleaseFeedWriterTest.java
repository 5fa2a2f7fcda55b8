package nl.industriemonitor.releases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import nl.industriemonitor.web.AtomXml;

/** The feed writer alone: whatever an imported text holds, the feed stays well-formed and says it literally. */
class ReleaseFeedWriterTest {

    private static final ReleaseFeed.Head HEAD = new ReleaseFeed.Head("nl", "http://example.test/nl/releases",
            "Publicaties", "Sub", "http://example.test/nl/releases.atom", "http://example.test/nl/releases",
            Instant.parse("2026-04-20T12:00:00.123Z"), "Industriemonitor", "CBS");

    @Test
    void markupInTextsIsEscapedAndControlCharactersDropped() throws Exception {
        String nasty = "<b>bron</b> & \"co\" ]]> \u0001\u0007einde";
        String xml = ReleaseFeed.atom(HEAD, List.of(new ReleaseFeed.Entry("http://example.test/nl/releases/2026-04-10?a=1&b=2",
                nasty, nasty, Instant.parse("2026-04-20T12:00:00Z"), LocalDate.parse("2026-04-10"))));
        assertThat(xml).doesNotContain("<b>").startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Element feed = AtomXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        Element entry = AtomXml.children(feed, "entry").get(0);
        assertThat(AtomXml.child(entry, "title").getTextContent()).isEqualTo("<b>bron</b> & \"co\" ]]> einde");
        assertThat(AtomXml.link(entry, "alternate")).isEqualTo("http://example.test/nl/releases/2026-04-10?a=1&b=2");
        // RFC 3339 times: whole seconds in UTC; a publication date as the start of its day in Amsterdam
        assertThat(AtomXml.child(feed, "updated").getTextContent()).isEqualTo("2026-04-20T12:00:00Z");
        assertThat(AtomXml.child(entry, "published").getTextContent()).isEqualTo("2026-04-10T00:00:00+02:00");
    }

    @Test
    void anEmptyFeedIsStillAFeed() throws Exception {
        Element feed = AtomXml.parse(ReleaseFeed.atom(HEAD, List.of()).getBytes(StandardCharsets.UTF_8))
                .getDocumentElement();
        assertThat(AtomXml.children(feed, "entry")).isEmpty();
        assertThat(AtomXml.child(feed, "id").getTextContent()).isEqualTo("http://example.test/nl/releases");
    }
}
