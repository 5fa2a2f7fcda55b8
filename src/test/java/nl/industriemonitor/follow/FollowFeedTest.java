package nl.industriemonitor.follow;

import static io.restassured.RestAssured.given;
import static nl.industriemonitor.web.AtomXml.ATOM;
import static nl.industriemonitor.web.AtomXml.child;
import static nl.industriemonitor.web.AtomXml.children;
import static nl.industriemonitor.web.AtomXml.link;
import static nl.industriemonitor.web.AtomXml.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.web.Html;

/**
 * The feeds that follow a branch or a group, read as a feed reader reads them (namespace-aware, by the elements
 * RFC 4287 requires); the publications they list are found here another way: by comparing the data as published
 * on each publication date with the day before.
 */
@QuarkusTest
class FollowFeedTest {

    static final String XML = "http://www.w3.org/XML/1998/namespace";

    @Inject
    SnapshotHolder snapshots;

    @Test
    void chemicalsInDutch() throws Exception {
        Element feed = feed("/nl/sector/20.atom", "nl");
        assertThat(child(feed, "title").getTextContent()).isEqualTo("Industriemonitor: Chemische industrie (20)");
        assertThat(link(feed, "self")).startsWith("http").endsWith("/nl/sector/20.atom");
        assertThat(link(feed, "alternate")).startsWith("http").endsWith("/nl/sector/20");
        List<Element> entries = entriesOf(feed, "/nl/sector/20", List.of("20"));

        Element march = entry(entries, "2026-03-10");
        assertThat(child(march, "title").getTextContent())
                .isEqualTo("Chemische industrie (20), publicatie van 10 maart 2026: 21 nieuw, 35 herzien");
        var content = Jsoup.parseBodyFragment(child(march, "content").getTextContent());
        assertThat(content.select("h3").eachText()).containsExactly("Nieuwe cijfers", "Grootste herzieningen (5 grootste van 35)");
        assertThat(content.select("ul").get(0).text()).isEqualTo("januari 2026: t.o.v. een jaar eerder −7,3" + Html.NBSP
                + "%; t.o.v. een maand eerder −1,8" + Html.NBSP + "%; index (seizoengecorrigeerd) 76,3");
        assertThat(content.select("ul").get(1).select("li").first().text())
                .isEqualTo("productie t.o.v. een jaar eerder, juli 2025: van −7,0" + Html.NBSP + "% naar −5,2" + Html.NBSP + "%");
        assertThat(content.select("a").attr("href")).isEqualTo(link(march, "alternate"));

        // the flag that the overview of 9 January 2026 shows switching off is in that entry
        Element january = entry(entries, "2026-01-09");
        assertThat(child(january, "summary").getTextContent()).endsWith("1 vlag van achterblijven ging aan of uit.");
        assertThat(Jsoup.parseBodyFragment(child(january, "content").getTextContent()).text())
                .contains("Onder totaal: stopte").contains("−3,9" + Html.NBSP + "% tegen +1,9" + Html.NBSP + "%");
    }

    @Test
    void energyIntensiveGroupInEnglish() throws Exception {
        Element feed = feed("/en/group/energy-intensive.atom", "en");
        assertThat(child(feed, "title").getTextContent()).isEqualTo("Industriemonitor: Energy-intensive industry");
        assertThat(link(feed, "alternate")).endsWith("/en/group/energy-intensive");
        List<Element> entries = entriesOf(feed, "/en/group/energy-intensive", List.of("17", "19", "20", "23", "24"));

        Element april = entry(entries, "2026-04-10");
        assertThat(child(april, "title").getTextContent())
                .isEqualTo("Energy-intensive industry, release of 10 April 2026: 3 new, 2 revised");
        var content = Jsoup.parseBodyFragment(child(april, "content").getTextContent());
        // in a group every line names its branch
        assertThat(content.select("li").eachText()).contains(
                "Chemicals, February 2026: on a year earlier −9.5%",
                "Paper and paper products, output compared with the previous month, January 2026: from +6.5% to +8.0%");
        assertThat(Jsoup.parseBodyFragment(child(entry(entries, "2026-02-10"), "content").getTextContent()).text())
                .contains("Chemicals, Below total: started");
    }

    @Test
    void sectorAndGroupPagesAnnounceTheirFeed() {
        for (String page : List.of("/nl/sector/20", "/en/sector/24", "/en/group/energy-intensive", "/nl/group/energy-intensive")) {
            var doc = Html.get(page, 200);
            var head = doc.selectFirst("head link[rel=alternate][type=application/atom+xml]");
            assertThat(head).as(page).isNotNull();
            assertThat(head.attr("href")).isEqualTo(page + ".atom");
            assertThat(head.attr("title")).isNotBlank();
            var visible = doc.selectFirst("#follow-feed a[type=application/atom+xml]");
            assertThat(visible).as(page).isNotNull();
            assertThat(visible.attr("href")).isEqualTo(page + ".atom");
            assertThat(visible.text()).startsWith(page.startsWith("/nl/") ? "Volg deze pagina" : "Follow this page");
            given().get(visible.attr("href")).then().statusCode(200);
        }
    }

    @Test
    void anUnknownBranchOrGroupIsA404InTheReadersLanguage() {
        assertThat(Html.text(Html.get("/nl/sector/99.atom", 404), "h1")).isNotBlank();
        assertThat(given().get("/nl/sector/99.atom").then().statusCode(404).extract().contentType()).startsWith("text/html");
        assertThat(Html.get("/en/group/nothing.atom", 404).select("html").attr("lang")).isEqualTo("en");
        assertThat(Html.get("/nl/group/nothing.atom", 404).select("html").attr("lang")).isEqualTo("nl");
    }

    private static Element feed(String path, String lang) throws Exception {
        Response response = given().get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType().replace(" ", "")).isEqualToIgnoringCase("application/atom+xml;charset=UTF-8");
        Element feed = parse(response.asByteArray()).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getAttributeNS(XML, "lang")).isEqualTo(lang);
        assertThat(URI.create(child(feed, "id").getTextContent()).isAbsolute()).isTrue();
        OffsetDateTime.parse(child(feed, "updated").getTextContent());
        assertThat(child(child(feed, "author"), "name").getTextContent()).isEqualTo("Industriemonitor");
        return feed;
    }

    /**
     * Checks the entries against the publications that changed a production figure of {@code branches}, newest
     * first, each linking the page pinned at it (which exists); returns them.
     */
    private List<Element> entriesOf(Element feed, String page, List<String> branches) {
        List<Element> entries = children(feed, "entry");
        List<String> expected = touching(snapshots.current(), branches).descendingSet().stream()
                .limit(FollowFeeds.MAX_ENTRIES).map(LocalDate::toString).toList();
        assertThat(expected).contains("2026-06-10", "2026-03-10", "2025-04-10");
        List<String> published = new ArrayList<>();
        var ids = new HashSet<String>();
        OffsetDateTime updated = OffsetDateTime.parse(child(feed, "updated").getTextContent());
        for (Element entry : entries) {
            String date = child(entry, "published").getTextContent().substring(0, 10);
            published.add(date);
            assertThat(ids.add(child(entry, "id").getTextContent())).as("unique id").isTrue();
            assertThat(child(entry, "title").getTextContent()).isNotBlank();
            assertThat(child(entry, "summary").getTextContent()).isNotBlank();
            assertThat(child(entry, "content").getAttribute("type")).isEqualTo("html");
            assertThat(OffsetDateTime.parse(child(entry, "updated").getTextContent())).isBeforeOrEqualTo(updated);
            String href = link(entry, "alternate");
            assertThat(href).startsWith("http").endsWith(page + "?asof=" + date);
            var pinned = Html.get(URI.create(href).getPath() + "?" + URI.create(href).getQuery(), 200);
            assertThat(pinned.selectFirst("p.asof")).as(href).isNotNull();
        }
        assertThat(published).containsExactlyElementsOf(expected);
        return entries;
    }

    /** Publication dates on which any production figure of {@code branches} was new or had another value. */
    static TreeSet<LocalDate> touching(Snapshot snapshot, List<String> branches) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        snapshot.releases().stream().map(ReleaseInfo::published).filter(Objects::nonNull).distinct().forEach(date -> {
            var before = snapshot.asOf(date.minusDays(1));
            var after = snapshot.asOf(date);
            for (String branch : branches) {
                for (Measure measure : Measure.values()) {
                    if (measure.dataset != Dataset.PRODUCTION) {
                        continue;
                    }
                    for (YearMonth month : snapshot.months(branch, measure, date)) {
                        Optional<Figure> was = before.figure(branch, month, measure);
                        Figure is = after.figure(branch, month, measure).orElseThrow();
                        if (was.isEmpty() || was.get().amount().compareTo(is.amount()) != 0) {
                            dates.add(date);
                        }
                    }
                }
            }
        });
        return dates;
    }

    private static Element entry(List<Element> entries, String date) {
        return entries.stream().filter(e -> child(e, "published").getTextContent().startsWith(date)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry of " + date));
    }
}
