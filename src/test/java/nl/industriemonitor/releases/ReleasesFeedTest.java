package nl.industriemonitor.releases;

import static io.restassured.RestAssured.given;
import static nl.industriemonitor.web.AtomXml.ATOM;
import static nl.industriemonitor.web.AtomXml.child;
import static nl.industriemonitor.web.AtomXml.children;
import static nl.industriemonitor.web.AtomXml.link;
import static nl.industriemonitor.web.AtomXml.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.SnapshotHolder;

/** The Atom feed of releases, read the way a feed reader does: namespace-aware, by the elements RFC 4287 requires. */
@QuarkusTest
class ReleasesFeedTest {

    @Inject
    SnapshotHolder snapshots;

    @Test
    void aValidAtomFeedWithOneEntryPerDatedRelease() throws Exception {
        Response response = given().get("/nl/releases.atom");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType().replace(" ", "")).isEqualToIgnoringCase("application/atom+xml;charset=UTF-8");
        Element feed = parse(response.asByteArray()).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("nl");
        assertThat(URI.create(child(feed, "id").getTextContent()).isAbsolute()).isTrue();
        assertThat(child(feed, "title").getTextContent()).isEqualTo("Industriemonitor: publicaties van het CBS");
        OffsetDateTime updated = OffsetDateTime.parse(child(feed, "updated").getTextContent());
        assertThat(child(child(feed, "author"), "name").getTextContent()).isEqualTo("Industriemonitor");
        assertThat(link(feed, "self")).startsWith("http").endsWith("/nl/releases.atom");
        assertThat(link(feed, "alternate")).startsWith("http").endsWith("/nl/releases");

        List<Element> entries = children(feed, "entry");
        long dated = snapshots.current().releases().stream().map(ReleaseInfo::published).filter(Objects::nonNull)
                .distinct().count();
        assertThat(entries).hasSize((int) Math.min(dated, ReleaseFeedResource.MAX_ENTRIES));
        var ids = new HashSet<String>();
        List<String> published = new ArrayList<>();
        for (Element entry : entries) {
            assertThat(ids.add(child(entry, "id").getTextContent())).as("unique id").isTrue();
            assertThat(child(entry, "title").getTextContent()).isNotBlank();
            assertThat(OffsetDateTime.parse(child(entry, "updated").getTextContent())).isBeforeOrEqualTo(updated);
            published.add(child(entry, "published").getTextContent().substring(0, 10));
            String href = link(entry, "alternate");
            assertThat(href).startsWith("http");
            // the entry's page exists
            given().redirects().follow(false).get(URI.create(href).getPath()).then().statusCode(200);
        }
        assertThat(published).startsWith("2026-06-10", "2026-05-08", "2026-04-10");
        Element april = entries.get(2);
        assertThat(child(april, "title").getTextContent()).isEqualTo("CBS 85806NED, publicatie van 10 april 2026: 19 herzien, 21 nieuw");
        assertThat(link(april, "alternate")).endsWith("/nl/releases/2026-04-10");
        assertThat(child(april, "summary").getTextContent()).isEqualTo("19 cijfers herzien, 21 nieuw en 36 ongewijzigd opnieuw "
                + "gepubliceerd. Grootste herziening: Machine-industrie, productie t.o.v. een maand eerder, januari 2026: van "
                + "\u22124,1\u00a0% naar +2,9\u00a0%.");
    }

    @Test
    void englishFeed() throws Exception {
        Element feed = parse(given().get("/en/releases.atom").then().statusCode(200).extract().asByteArray())
                .getDocumentElement();
        assertThat(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("en");
        assertThat(link(feed, "self")).endsWith("/en/releases.atom");
        Element april = children(feed, "entry").get(2);
        assertThat(child(april, "title").getTextContent()).isEqualTo("CBS 85806NED, release of 10 April 2026: 19 revised, 21 new");
        assertThat(link(april, "alternate")).endsWith("/en/releases/2026-04-10");
        // a release of producer confidence is an entry like any other
        assertThat(children(feed, "entry").stream().map(e -> child(e, "title").getTextContent()))
                .contains("CBS 81234NED, release of 30 July 2025: 0 revised, 48 new");
    }

    @Test
    void theFeedIsAdvertisedOnThePagesItDescribes() {
        for (String path : List.of("/nl/", "/nl/releases", "/en/releases/2026-04-10")) {
            String html = given().get(path).then().statusCode(200).extract().asString();
            var link = org.jsoup.Jsoup.parse(html).selectFirst("head link[rel=alternate][type=application/atom+xml]");
            assertThat(link).as(path).isNotNull();
            assertThat(link.attr("href")).isEqualTo(path.startsWith("/en/") ? "/en/releases.atom" : "/nl/releases.atom");
        }
    }
}
