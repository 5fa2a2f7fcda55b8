package nl.industriemonitor.releases;

import static io.restassured.RestAssured.given;
import static nl.industriemonitor.web.Html.MINUS;
import static nl.industriemonitor.web.Html.NBSP;
import static nl.industriemonitor.web.Html.get;
import static nl.industriemonitor.web.Html.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.SnapshotHolder;

/**
 * Expectations are the bundled releases of src/main/resources/data/cbs-85806NED-monthly.csv, counted
 * by hand: on 2026-04-10 CBS (news 2026/15, with a tradingeconomics item) published the February 2026
 * figures and revised 19 earlier ones, among them total manufacturing in November 2025 from +0.3 to −0.3.
 */
@QuarkusTest
class ReleasesPageTest {

    private static final String APRIL = "/nl/releases/2026-04-10";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Inject
    SnapshotHolder snapshots;

    @Test
    void whatTheReleaseOfApril2026Changed() {
        Document doc = get(APRIL, 200);
        assertThat(text(doc, "h1")).isEqualTo("Publicatie van 10 april 2026");
        assertThat(text(doc, "#summary")).isEqualTo("19 cijfers herzien, 21 nieuw en 36 ongewijzigd opnieuw gepubliceerd.");
        assertThat(doc.select("#revisions tbody tr")).hasSize(19);
        Element largest = doc.selectFirst("#revisions tbody tr");
        assertThat(largest.attr("data-branch") + " " + largest.attr("data-measure") + " " + largest.attr("data-month"))
                .isEqualTo("28 mom_sa 2026-01");
        assertThat(largest.selectFirst("td.before").text()).isEqualTo(MINUS + "4,1" + NBSP + "%");
        assertThat(largest.selectFirst("td.after").text()).isEqualTo("+2,9" + NBSP + "%");
        assertThat(largest.selectFirst("td.difference").text()).isEqualTo("+7,0");
        Element november = doc.selectFirst("#revisions tr[data-branch=C][data-measure=yoy_ca][data-month=2025-11]");
        assertThat(november.selectFirst("td.before").text()).isEqualTo("+0,3" + NBSP + "%");
        assertThat(november.selectFirst("td.after").text()).isEqualTo(MINUS + "0,3" + NBSP + "%");
        assertThat(november.selectFirst("td.difference").text()).isEqualTo(MINUS + "0,6");
        assertThat(november.selectFirst("td.month").text()).isEqualTo("november 2025");
        assertThat(november.selectFirst("td.versions a").attr("href")).isEqualTo("/nl/revisions?sector=C&month=2025-11&measure=yoy_ca");
        List<BigDecimal> sizes = doc.select("#revisions td.difference").eachText().stream().map(t -> number(t).abs()).toList();
        assertThat(sizes).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void newFiguresOfTheNewestMonthAndNewMonthsPerBranch() {
        Document doc = get(APRIL, 200);
        Element latest = doc.selectFirst("#latest-85806NED");
        assertThat(latest.attr("data-month")).isEqualTo("2026-02");
        assertThat(text(doc, "#latest-85806NED-heading")).isEqualTo("Nieuw voor februari 2026");
        Element total = latest.selectFirst("tr[data-branch=C]");
        assertThat(total.selectFirst("td[data-measure=yoy_ca]").text()).isEqualTo(MINUS + "0,7" + NBSP + "%");
        assertThat(total.selectFirst("td[data-measure=mom_sa]").text()).isEqualTo(MINUS + "1,3" + NBSP + "%");
        // chemicals got a year-on-year figure for February but no new month-on-month one
        assertThat(latest.selectFirst("tr[data-branch=20] td[data-measure=yoy_ca]").text()).isEqualTo(MINUS + "9,5" + NBSP + "%");
        assertThat(latest.selectFirst("tr[data-branch=20] td[data-measure=mom_sa]").text()).contains("geen nieuw cijfer");
        Element printing = doc.selectFirst("#new-months tr[data-branch=18]");
        assertThat(printing.attr("data-measures")).isEqualTo("mom_sa");
        assertThat(printing.selectFirst("td.months").text()).isEqualTo("jan. 2026 – feb. 2026, 2 maanden");
        assertThat(printing.selectFirst("td.count").text()).isEqualTo("2");
        assertThat(doc.select("#new-months td.count").eachText().stream().mapToInt(Integer::parseInt).sum()).isEqualTo(21);
    }

    @Test
    void headerNavigationAndChart() throws Exception {
        Document doc = get(APRIL, 200);
        Element source = doc.selectFirst("#sources tr[data-table=85806NED]");
        assertThat(source.selectFirst("td.figures").text()).isEqualTo("76");
        assertThat(source.selectFirst("td.published").text()).isEqualTo("gepubliceerd op 10 april 2026");
        assertThat(source.selectFirst("td.source").text()).contains("cbs.nl news en 2026/15");
        assertThat(source.selectFirst("td.imported").text()).matches("\\d{1,2} \\p{L}+ \\d{4}, \\d{2}:\\d{2}");
        assertThat(doc.selectFirst("a#previous").attr("href")).isEqualTo("/nl/releases/2026-03-10");
        assertThat(doc.selectFirst("a#next").attr("href")).isEqualTo("/nl/releases/2026-05-08");
        assertThat(doc.selectFirst("head link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/nl/releases.atom");
        assertThat(doc.selectFirst("nav.site-nav a[href=/nl/releases]")).isNotNull();
        // total manufacturing year on year: November 2025 was +0.3 before this release and -0.3 after; February is new
        JsonNode chart = JSON.readTree(doc.selectFirst("canvas[data-chart]").attr("data-chart"));
        List<String> labels = new ArrayList<>();
        chart.get("labels").forEach(l -> labels.add(l.asText()));
        assertThat(labels).hasSize(13).startsWith("2025-02").endsWith("2026-02");
        int nov = labels.indexOf("2025-11");
        JsonNode after = chart.get("series").get(0);
        JsonNode before = chart.get("series").get(1);
        assertThat(after.get("label").asText()).isEqualTo("Na deze publicatie");
        assertThat(before.get("values").get(nov).decimalValue()).isEqualByComparingTo("0.3");
        assertThat(after.get("values").get(nov).decimalValue()).isEqualByComparingTo("-0.3");
        assertThat(before.get("values").get(12).isNull()).isTrue();
        assertThat(after.get("values").get(12).decimalValue()).isEqualByComparingTo("-0.7");
    }

    @Test
    void englishPage() {
        Document doc = get("/en/releases/2026-04-10", 200);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(text(doc, "h1")).isEqualTo("Release of 10 April 2026");
        assertThat(text(doc, "#summary")).isEqualTo("19 figures revised, 21 new and 36 published again unchanged.");
        assertThat(doc.selectFirst("#revisions tr[data-branch=C][data-month=2025-11] td.after").text()).isEqualTo(MINUS + "0.3%");
        assertThat(doc.selectFirst("#new-months tr[data-branch=18] td.months").text()).isEqualTo("Jan 2026 – Feb 2026, 2 months");
        assertThat(doc.selectFirst("nav.site-nav a[hreflang]").attr("href")).isEqualTo("/nl/releases/2026-04-10");
        assertThat(doc.selectFirst("#revisions td.versions a").attr("href")).startsWith("/en/revisions?");
    }

    @Test
    void unknownAndMalformedDates() {
        Document missing = get("/nl/releases/2026-04-11", 404);
        assertThat(text(missing, ".error-message")).isEqualTo("Op 11 april 2026 is geen publicatie van het CBS bekend.");
        assertThat(missing.select("a[href=/nl/releases/2026-04-10]")).isNotEmpty();
        assertThat(missing.select("a[href=/nl/releases/2026-05-08]")).isNotEmpty();
        assertThat(missing.select("a[href=/nl/releases]")).isNotEmpty();
        assertThat(text(get("/en/releases/1999-01-01", 404), ".error-message")).isEqualTo("No CBS release is known for 1 January 1999.");
        assertThat(text(get("/nl/releases/morgen", 400), ".error-message")).contains("'morgen' is geen datum");
        get("/en/releases/2026-02-30", 400);
        get("/nl/releases/2026-4-10", 400);
        // a refused download says why in plain text, not as an HTML page (see web.ErrorPages)
        io.restassured.RestAssured.given().get("/nl/releases/2026-04-11.csv").then().statusCode(404)
                .contentType("text/plain").body(org.hamcrest.Matchers.containsString("11 april 2026"));
    }

    @Test
    void indexListsEveryDatedReleaseNewestFirst() {
        Document doc = get("/nl/releases", 200);
        List<String> dates = doc.select("#releases tbody tr").eachAttr("data-published");
        List<String> expected = new ArrayList<>(snapshots.current().releases().stream().map(ReleaseInfo::published)
                .filter(Objects::nonNull).distinct().map(Object::toString).toList());
        java.util.Collections.reverse(expected);
        assertThat(dates).isEqualTo(expected).startsWith("2026-06-10", "2026-05-08", "2026-04-10");
        Element april = doc.selectFirst("#releases tr[data-published=2026-04-10]");
        assertThat(april.selectFirst("td.count-revised").text()).isEqualTo("19");
        assertThat(april.selectFirst("td.count-new").text()).isEqualTo("21");
        assertThat(april.selectFirst("td.count-unchanged").text()).isEqualTo("36");
        assertThat(april.selectFirst("th a").attr("href")).isEqualTo(APRIL);
        assertThat(doc.selectFirst("#releases tr[data-published=2025-07-30] td.tables").text()).isEqualTo("81234NED (producentenvertrouwen)");
        // the undated producer-confidence figures have no page, and say so
        assertThat(doc.select("#undated li").eachText()).containsExactly(
                "81234NED (producentenvertrouwen): 7 cijfers; bron: reports of CBS releases (see news-releases.md)");
        for (Element link : doc.select("#releases tbody th a")) {
            get(link.attr("href"), 200);
        }
        assertThat(text(get("/en/releases", 200), "h1")).isEqualTo("CBS releases");
    }

    @Test
    void csvHoldsThePagesRevisionsAndNewFigures() throws Exception {
        Document doc = get(APRIL, 200);
        String body = given().get("/nl/releases/2026-04-10.csv").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv")).extract().asString();
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(body))) {
            assertThat(parser.getHeaderNames()).containsExactly("change", "branch", "name", "measure", "month", "previous",
                    "value", "difference", "previous_published", "published");
            records = parser.getRecords();
        }
        assertThat(body).contains("# releases: 2026-03-10, 2026-04-10");
        List<List<String>> csvRevised = new ArrayList<>();
        for (CSVRecord r : records) {
            if (r.get("change").equals("revised")) {
                csvRevised.add(List.of(r.get("branch"), r.get("measure"), r.get("month"), plain(r.get("previous")),
                        plain(r.get("value")), plain(r.get("difference"))));
            }
        }
        List<List<String>> pageRevised = new ArrayList<>();
        for (Element tr : doc.select("#revisions tbody tr")) {
            pageRevised.add(List.of(tr.attr("data-branch"), tr.attr("data-measure"), tr.attr("data-month"),
                    plain(number(tr.selectFirst("td.before").text())), plain(number(tr.selectFirst("td.after").text())),
                    plain(number(tr.selectFirst("td.difference").text()))));
        }
        assertThat(csvRevised).isEqualTo(pageRevised);
        List<CSVRecord> added = records.stream().filter(r -> r.get("change").equals("new")).toList();
        assertThat(added).hasSize(21);
        for (Element td : doc.select("#latest-85806NED td[data-measure]")) {
            if (td.text().contains("geen nieuw cijfer")) {
                continue;
            }
            String branch = td.parent().attr("data-branch");
            assertThat(added).as(branch + " " + td.attr("data-measure")).anyMatch(r -> r.get("branch").equals(branch)
                    && r.get("measure").equals(td.attr("data-measure")) && r.get("month").equals("2026-02")
                    && new BigDecimal(r.get("value")).compareTo(number(td.text())) == 0);
        }
        JsonNode json = JSON.readTree(given().get("/nl/releases/2026-04-10.json").then().statusCode(200)
                .header("Content-Type", startsWith("application/json")).extract().asString());
        assertThat(json.get("rows")).hasSize(records.size());
        assertThat(json.get("rows").get(0).get(7).decimalValue()).isEqualByComparingTo("7.0");
    }

    @Test
    void previewImageAndIndexDownloads() throws Exception {
        byte[] png = given().get("/nl/releases/2026-04-10.png").then().statusCode(200).contentType("image/png")
                .extract().asByteArray();
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        String csv = given().get("/nl/releases.csv").then().statusCode(200).extract().asString();
        assertThat(csv).contains("\r\n2026-04-10,85806NED,19,21,36,");
        Document doc = get(APRIL, 200);
        assertThat(doc.selectFirst("head meta[property=og:image]").attr("content")).endsWith("/nl/releases/2026-04-10.png");
        assertThat(doc.selectFirst("head link[rel=canonical]").attr("href")).endsWith(APRIL);
    }

    @Test
    void theOverviewLinksTheReleaseOfItsHeadline() {
        Document latest = get("/nl/", 200);
        Element link = latest.selectFirst("a#release-link");
        assertThat(link.attr("href")).isEqualTo("/nl/releases/2026-06-10");
        assertThat(link.text()).isEqualTo("Nieuw in deze publicatie (10 juni 2026)");
        assertThat(latest.selectFirst("head link[type=application/atom+xml]").attr("href")).isEqualTo("/nl/releases.atom");
        get(link.attr("href"), 200);
        // November 2025 as known now comes from the release of 2026-04-10, which revised it
        assertThat(get("/nl/?month=2025-11", 200).selectFirst("a#release-link").attr("href")).isEqualTo(APRIL);
        assertThat(get("/en/", 200).selectFirst("a#release-link").text()).isEqualTo("New this release (10 June 2026)");
    }

    /** The same number always written the same way, whatever its scale. */
    private static String plain(Object number) {
        return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }

    /** A number as the page prints it ("−0,3 %", "+7,0") as a decimal. */
    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(MINUS, "-").replace("%", "").replace(NBSP, "").replace("\u00a0", "")
                .replace("+", "").replace(",", ".").strip());
    }
}
