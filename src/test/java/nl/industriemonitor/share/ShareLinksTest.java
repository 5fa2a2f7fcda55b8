package nl.industriemonitor.share;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every page type as a shared link: one canonical URL per view, link-preview tags that point at the
 * view's own image, downloads that hold exactly the page's table, previews, embeds and pinned links.
 * Expectations are the bundled data (newest release 2026-06-10).
 */
@QuarkusTest
class ShareLinksTest {

    /** Publication date of the newest release in the bundled data: the date a "this version" link pins. */
    private static final String LATEST_RELEASE = "2026-06-10";
    private static final String NBSP = "\u00a0";
    private static final String MINUS = "\u2212";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader()
            .setSkipHeaderRecord(true).get();
    private static final Pattern NUMBER = Pattern.compile("^[+" + MINUS + "-]?[0-9.]+(,[0-9]+)?");

    // ------------------------------------------------------------------------------ canonical

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/nl/compare?sectors=21,20,C&measure=index_sa&from=2021-01 | /nl/compare?sectors=C&sectors=20&sectors=21 | /nl/compare?sectors=C,20,21",
        "/nl/compare                                              | /nl/compare?sectors=C,21,20,21&utm_source=x  | /nl/compare?sectors=C,20,21",
        "/nl/compare?to=2025-12&rebase=2025-09&from=2025-09&sectors=21,20&asof=2026-03-10&x=1 | /nl/compare?sectors=20,21&from=2025-09&to=2025-12&rebase=2025-09&measure=index_sa&asof=2026-03-10 | /nl/compare?sectors=20,21&from=2025-09&to=2025-12&rebase=2025-09&asof=2026-03-10",
        "/nl/compare?sectors=06,20&measure=yoy_ca                 | /nl/compare?measure=yoy_ca&sectors=20&sectors=06 | /nl/compare?sectors=20,06&measure=yoy_ca",
        "/en/compare?sectors=21,20                                | /en/compare?sectors=20,21&from=2021-01       | /en/compare?sectors=20,21",
        "/nl/sector/20?measure=index_sa&from=2021-01               | /nl/sector/20?utm_source=x                   | /nl/sector/20",
        "/nl/sector/20?from=2024-01&measure=yoy_ca                 | /nl/sector/20?measure=yoy_ca&from=2024-01&y=2 | /nl/sector/20?measure=yoy_ca&from=2024-01",
        "/nl/?utm_source=x                                        | /nl/                                         | /nl/",
        "/nl/?asof=2026-03-10&month=2025-11                       | /nl/?month=2025-11&asof=2026-03-10&z=3       | /nl/?month=2025-11&asof=2026-03-10",
        "/nl/group/energy-intensive?foo=bar                       | /nl/group/energy-intensive                   | /nl/group/energy-intensive",
        "/nl/group/metal?asof=2026-03-10&month=2025-11            | /nl/group/metal?month=2025-11&asof=2026-03-10 | /nl/group/metal?month=2025-11&asof=2026-03-10",
        "/nl/revisions?sector=C&measure=yoy_ca                    | /nl/revisions?foo=1                          | /nl/revisions",
        "/nl/revisions?measure=mom_sa&month=2025-11&sector=C      | /nl/revisions?month=2025-11&measure=mom_sa   | /nl/revisions?month=2025-11&measure=mom_sa",
        "/nl/revisions?measure=index_sa&month=2025-11&sector=20   | /nl/revisions?sector=20&month=2025-11&measure=index_sa | /nl/revisions?sector=20&month=2025-11&measure=index_sa",
        "/nl/data?utm_source=x                                    | /nl/data                                     | /nl/data",
        "/en/data?asof=2026-03-10                                 | /en/data?asof=2026-03-10&q=1                 | /en/data?asof=2026-03-10",
    })
    void twoSpellingsOfOneViewShareOneCanonicalUrl(String one, String other, String canonical) {
        assertThat(canonical(page(one))).endsWith(canonical).startsWith("http");
        assertThat(canonical(page(other))).isEqualTo(canonical(page(one)));
    }

    @Test
    void theOrderOfTheBranchesIsTheCanonicalOneOnThePageToo() {
        Document mentioned = page("/nl/compare?sectors=21,20,C&from=2025-09&to=2025-12");
        Document sorted = page("/nl/compare?sectors=C,20,21&from=2025-09&to=2025-12");
        assertThat(mentioned.select("#compare-table thead th[data-branch]").eachAttr("data-branch"))
                .containsExactly("C", "20", "21");
        assertThat(mentioned.selectFirst("#compare-table").outerHtml()).isEqualTo(sorted.selectFirst("#compare-table").outerHtml());
        assertThat(mentioned.selectFirst("canvas").attr("data-chart")).isEqualTo(sorted.selectFirst("canvas").attr("data-chart"));
    }

    // ------------------------------------------------------------------------------ meta tags

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // page | text the preview must contain (the page's headline number where it has one)
        "/nl/                                         | +4,7" + NBSP + "%",
        "/nl/sector/20                                | " + MINUS + "9,5" + NBSP + "%",
        "/nl/compare?sectors=20,21&from=2025-09&to=2025-12 | september 2025 tot en met december 2025",
        "/nl/group/energy-intensive                   | +4,7" + NBSP + "%",
        "/nl/revisions?sector=C&month=2025-11         | " + MINUS + "0,3" + NBSP + "%",
        "/nl/data                                     | bedrijfstakken",
        "/en/revisions?sector=C&month=2025-11         | " + MINUS + "0.3%",
    })
    void linkPreviewTagsDescribeTheViewAndPointAtItsImage(String path, String inDescription) {
        Document doc = page(path);
        String canonical = canonical(doc);
        assertThat(meta(doc, "og:url")).isEqualTo(canonical);
        assertThat(meta(doc, "og:title")).isNotBlank();
        assertThat(meta(doc, "og:description")).contains(inDescription);
        assertThat(meta(doc, "og:image")).isEqualTo(imageOf(canonical));
        assertThat(meta(doc, "og:image")).matches("https?://.+\\.png(\\?.*)?");
        assertThat(meta(doc, "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(doc, "twitter:image")).isEqualTo(imageOf(canonical));
    }

    @Test
    void previewTextsOfTheNewPages() {
        assertThat(meta(page("/nl/compare?sectors=21,20"), "og:title"))
                .isEqualTo("Vergelijking: Chemische industrie (20), Farmaceutische industrie (21)");
        assertThat(meta(page("/nl/compare?sectors=20&from=2025-09&to=2025-12&rebase=2025-09"), "og:description"))
                .contains("september 2025 = 100").contains("eigen berekening");
        assertThat(meta(page("/nl/group/energy-intensive?month=2025-11"), "og:title"))
                .isEqualTo("Energie-intensieve industrie in november 2025");
        assertThat(meta(page("/nl/revisions?sector=C&month=2025-11"), "og:description"))
                .contains("eerst als +0,7" + NBSP + "%").contains("4 publicaties");
        assertThat(meta(page("/nl/revisions?sector=C&month=2025-11"), "og:title")).isEqualTo(
                "Herzieningen: Industrie (totaal), november 2025 — productie t.o.v. een jaar eerder (kalendergecorrigeerd)");
        assertThat(meta(page("/nl/data"), "og:title")).isEqualTo("Gegevens en methode");
        assertThat(meta(page("/en/data"), "og:title")).isEqualTo("Data and method");
    }

    // ------------------------------------------------------------------------------ downloads

    @Test
    void compareCsvHoldsTheNumbersOfThePagesTable() throws IOException {
        String path = "/nl/compare?sectors=21,20&from=2025-09&to=2025-12";
        Document doc = page(path);
        Download csv = csv("/nl/compare.csv?sectors=21,20&from=2025-09&to=2025-12");
        assertThat(csv.columns).containsExactly("month", "20", "21");
        assertThat(csv.column("20")).containsExactly("80.8", "79.3", "81.5", "77.8");
        assertThat(csv.header).contains("parameter: sectors=20,21", "parameter: from=2025-09", "parameter: to=2025-12",
                "asof: latest");
        assertThat(csv.header).anyMatch(l -> l.startsWith("url: http") && l.endsWith("/nl/compare?sectors=20,21&from=2025-09&to=2025-12"));
        List<List<String>> table = new ArrayList<>();
        for (Element tr : doc.select("#compare-table tbody tr")) {
            List<String> row = new ArrayList<>(List.of(tr.attr("data-month")));
            tr.select("td").forEach(td -> row.add(td.text()));
            table.add(row);
        }
        assertSameTable(csv.rows, table);
        assertJsonEqualsCsv("/nl/compare.json?sectors=21,20&from=2025-09&to=2025-12", csv);
    }

    @Test
    void rebasedCsvHoldsTheRoundedNumbersTheTablePrints() throws IOException {
        String query = "?sectors=20,21&from=2025-09&to=2025-12&rebase=2025-09";
        Document doc = page("/nl/compare" + query);
        Download csv = csv("/nl/compare.csv" + query);
        // 79.3 / 80.8 × 100 = 98.14…: the table prints 98,1 and so does the download
        assertThat(csv.column("20")).containsExactly("100.0", "98.1", "100.9", "96.3");
        assertThat(csv.header).contains("parameter: rebase=2025-09");
        List<List<String>> table = new ArrayList<>();
        for (Element tr : doc.select("#compare-table tbody tr")) {
            List<String> row = new ArrayList<>(List.of(tr.attr("data-month")));
            tr.select("td").forEach(td -> row.add(td.text()));
            table.add(row);
        }
        assertSameTable(csv.rows, table);
    }

    @Test
    void overviewCsvHoldsTheBranchTable() throws IOException {
        Document doc = page("/nl/");
        Download csv = csv("/nl/overview.csv");
        assertThat(csv.columns).startsWith("branch", "name", "yoy_ca");
        assertThat(csv.rows.get(0).get(0)).isEqualTo("C");
        assertThat(csv.rows.get(0).get(2)).isEqualTo("4.7");
        List<List<String>> table = new ArrayList<>();
        // the branches as ranked, then CBS's groups of branches: both tables of the page
        for (Element tr : doc.select("#branches tbody tr, #branch-groups tbody tr")) {
            table.add(List.of(tr.attr("data-branch"), tr.selectFirst("td.yoy").text(), tr.selectFirst("td.mom").text(),
                    tr.selectFirst("td.gap").text(), rules(tr)));
        }
        List<List<String>> rows = csv.rows.subList(1, csv.rows.size()).stream()
                .map(r -> List.of(r.get(0), r.get(2), r.get(4), r.get(5), r.get(6))).toList();
        assertSameTable(rows, table);
        assertJsonEqualsCsv("/nl/overview.json", csv);
    }

    @Test
    void sectorCsvHoldsTheChartTable() throws IOException {
        Document doc = page("/nl/sector/20?from=2025-01");
        Download csv = csv("/nl/sector/20.csv?from=2025-01");
        assertThat(csv.columns).containsExactly("month", "20", "C");
        List<List<String>> table = new ArrayList<>();
        for (Element tr : doc.select("#chart-table tbody tr")) {
            table.add(List.of(tr.attr("data-month"), tr.selectFirst("td.branch").text(), tr.selectFirst("td.total").text()));
        }
        assertThat(table).isNotEmpty();
        assertSameTable(csv.rows, table);
        assertJsonEqualsCsv("/nl/sector/20.json?from=2025-01", csv);
    }

    @Test
    void groupCsvHoldsTheMembersTableWithTheReferenceRow() throws IOException {
        Document doc = page("/nl/group/energy-intensive");
        Download csv = csv("/nl/group/energy-intensive.csv");
        assertThat(csv.columns).containsExactly("branch", "name", "yoy_ca", "yoy_ca_month", "mom_sa", "index_sa",
                "index_sa_month", "lagging", "long_run", "long_run_month", "index_sa_vs_2021_pct");
        assertThat(csv.column("branch")).containsExactly("17", "19", "20", "23", "24", "C");
        // chemicals: yoy_ca −9.5 of February 2026, index_sa 76.3 of January 2026
        CSVRecord chemicals = csv.records.get(2);
        assertThat(chemicals.get("yoy_ca")).isEqualTo("-9.5");
        assertThat(chemicals.get("yoy_ca_month")).isEqualTo("2026-02");
        assertThat(chemicals.get("index_sa_month")).isEqualTo("2026-01");
        assertThat(chemicals.get("lagging")).contains("below-total");
        List<List<String>> table = new ArrayList<>();
        for (Element tr : doc.select("#members tbody tr")) {
            table.add(List.of(tr.attr("data-branch"), tr.selectFirst("td.yoy").text(), tr.selectFirst("td.mom").text(),
                    tr.selectFirst("td.index").text(), rules(tr)));
        }
        List<List<String>> rows = csv.rows.stream().map(r -> List.of(r.get(0), r.get(2), r.get(4), r.get(5), r.get(7))).toList();
        assertSameTable(rows, table);
        assertJsonEqualsCsv("/nl/group/energy-intensive.json", csv);
    }

    @Test
    void revisionsCsvHoldsEveryVintage() throws IOException {
        Document doc = page("/nl/revisions?sector=C&month=2025-11");
        Download csv = csv("/nl/revisions.csv?sector=C&month=2025-11");
        assertThat(csv.columns).containsExactly("published", "value", "change_points", "provisional", "status",
                "source");
        assertThat(csv.column("status")).containsOnly("voorlopig");
        assertThat(csv.column("value")).containsExactly("0.7", "0.4", "0.3", "-0.3");
        assertThat(csv.header).contains("releases: 2026-01-09, 2026-02-10, 2026-03-10, 2026-04-10", "parameter: month=2025-11");
        List<List<String>> table = new ArrayList<>();
        for (Element tr : doc.select("#vintages tbody tr")) {
            table.add(List.of(tr.attr("data-published"), tr.selectFirst("td.value").text(), tr.selectFirst("td.change").text(),
                    String.valueOf(!tr.selectFirst("td.status").text().isEmpty()), tr.selectFirst("td.status").text(),
                    tr.selectFirst("td.source").text()));
        }
        assertSameTable(csv.rows, table);
        assertJsonEqualsCsv("/nl/revisions.json?sector=C&month=2025-11", csv);
    }

    @Test
    void dataCsvHoldsTheCoverageTable() throws IOException {
        Document doc = page("/nl/data");
        Download csv = csv("/nl/data.csv");
        assertThat(csv.columns).startsWith("branch", "name", "index_first", "index_last", "index_months",
                "index_sa_first", "index_sa_last", "index_sa_months");
        DateTimeFormatter shortLabel = DateTimeFormatter.ofPattern("MMM yy", Locale.forLanguageTag("nl"));
        List<List<String>> table = new ArrayList<>();
        for (Element tr : doc.select("#coverage tbody tr")) {
            List<String> row = new ArrayList<>(List.of(tr.attr("data-branch")));
            tr.select("td").forEach(td -> row.add(td.text()));
            table.add(row);
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : csv.rows) {
            List<String> row = new ArrayList<>(List.of(r.get(0)));
            for (int i = 2; i < r.size(); i += 3) {
                row.add(r.get(i + 2).equals("0") ? "geen gegevens" : shortLabel.format(YearMonth.parse(r.get(i))) + " – "
                        + shortLabel.format(YearMonth.parse(r.get(i + 1))) + " (" + r.get(i + 2) + ")");
            }
            rows.add(row);
        }
        assertThat(rows).isEqualTo(table);
        // total industry: 2005-01 .. 2026-01
        assertThat(csv.records.get(0).get("index_sa_months")).isEqualTo("253");
        assertJsonEqualsCsv("/nl/data.json", csv);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nl/overview", "/nl/sector/20", "/nl/compare", "/nl/group/metal", "/nl/revisions", "/nl/data"})
    void everyDownloadNamesSourceReleasesAndLicence(String path) throws IOException {
        Download csv = csv(path + ".csv");
        assertThat(csv.header).anyMatch(l -> l.startsWith("title: "));
        assertThat(csv.header).anyMatch(l -> l.startsWith("source: ") && l.contains("CBS"));
        assertThat(csv.header).anyMatch(l -> l.matches("releases: \\d{4}-\\d{2}-\\d{2}.*"));
        assertThat(csv.header).anyMatch(l -> l.startsWith("licence: ") && l.contains("Creative Commons"));
        JsonNode json = JSON.readTree(given().get(path + ".json").then().statusCode(200)
                .header("Content-Type", startsWith("application/json")).extract().asString());
        assertThat(json.get("metadata").get("licence").asText()).contains("Creative Commons");
        assertThat(json.get("metadata").get("releases")).isNotEmpty();
    }

    // ------------------------------------------------------------------------------ images

    @ParameterizedTest
    @ValueSource(strings = {"/nl/overview.png", "/nl/sector/20.png", "/nl/compare.png?sectors=20,21",
        "/nl/group/energy-intensive.png", "/nl/revisions.png?month=2025-11", "/nl/data.png", "/en/data.png"})
    void everyViewHasAPreviewImageOfTheRightSize(String path) throws IOException {
        BufferedImage image = png(path);
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
    }

    @Test
    void differentViewsGiveDifferentImages() throws IOException {
        BufferedImage sector = png("/nl/sector/20.png");
        BufferedImage compare = png("/nl/compare.png?sectors=20,21&from=2025-09&to=2025-12");
        BufferedImage other = png("/nl/sector/21.png");
        assertThat(differs(sector, compare)).isTrue();
        assertThat(differs(sector, other)).isTrue();
        assertThat(differs(sector, png("/nl/sector/20.png?from=2021-01&measure=index_sa"))).isFalse();
    }

    // ------------------------------------------------------------------------------ embeds

    @Test
    void anEmbedMayBeFramedAndAPageMayNot() {
        String embed = given().get("/embed/nl/sector/20").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors *"))
                .extract().asString();
        assertThat(Jsoup.parse(embed).select("canvas[data-chart]")).hasSize(1);
        given().get("/nl/sector/20").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY");
        Document compare = Jsoup.parse(given().get("/embed/nl/compare?sectors=20,21").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors *")).extract().asString());
        assertThat(compare.select("canvas#compare-chart")).hasSize(1);
        assertThat(compare.selectFirst("link[rel=canonical]").attr("href")).endsWith("/nl/compare?sectors=20,21");
    }

    @Test
    void theShareBarOffersAnEmbedOnlyWhereThereIsAChart() {
        assertThat(page("/nl/group/energy-intensive").selectFirst("#embed-code").text())
                .contains("/embed/nl/group/energy-intensive");
        assertThat(page("/nl/revisions").selectFirst("#embed-code").text()).contains("/embed/nl/revisions\"");
        assertThat(page("/nl/compare?sectors=21,20").selectFirst("#embed-code").text()).contains("/embed/nl/compare?sectors=20,21");
        Document data = page("/nl/data");
        assertThat(data.selectFirst("section.share")).isNotNull();
        assertThat(data.selectFirst("#embed-code")).isNull();
        assertThat(data.select("section.share .downloads a").eachAttr("href"))
                .containsExactly("/nl/data.csv", "/nl/data.json", "/nl/data.png");
    }

    // ------------------------------------------------------------------------------ pinned links

    @ParameterizedTest
    @ValueSource(strings = {"/nl/", "/nl/sector/20", "/nl/compare?sectors=21,20", "/nl/group/metal",
        "/nl/revisions?month=2025-11&sector=C", "/nl/data"})
    void aLivePageOffersALinkPinnedToTheNewestRelease(String path) {
        Document doc = page(path);
        String canonical = path(canonical(doc));
        Element pinned = doc.selectFirst("section.share a[data-pinned]");
        assertThat(pinned).isNotNull();
        assertThat(pinned.attr("href")).isEqualTo(canonical + (canonical.contains("?") ? "&" : "?") + "asof=" + LATEST_RELEASE);
        // the pinned link is a view of its own that says so
        Document then = page(pinned.attr("href"));
        assertThat(path(canonical(then))).isEqualTo(pinned.attr("href"));
        assertThat(then.selectFirst("section.share .share-state").text()).contains("10 juni 2026");
        assertThat(then.selectFirst("section.share .share-state a").attr("href")).isEqualTo(canonical);
    }

    @Test
    void aPinnedPageSaysSoAndLinksTheLiveView() {
        Document doc = page("/nl/compare?sectors=20,21&asof=2026-03-10");
        assertThat(doc.selectFirst(".share-state").text()).contains("zoals gepubliceerd op 10 maart 2026");
        assertThat(doc.selectFirst(".share-state a").attr("href")).isEqualTo("/nl/compare?sectors=20,21");
        assertThat(doc.selectFirst("section.share a[data-pinned]")).isNull();
        Document data = page("/nl/data?asof=2026-01-09");
        assertThat(data.selectFirst(".asof").text()).contains("9 januari 2026");
        // releases published after the date are not shown
        assertThat(data.select("#releases tbody tr").eachText()).noneMatch(t -> t.contains("2026-06-10") || t.contains("10 juni 2026"));
        assertThat(data.selectFirst(".share-state a").attr("href")).isEqualTo("/nl/data");
    }

    // ------------------------------------------------------------------------------ helpers

    private static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).contentType("text/html").extract().asString());
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("head link[rel=canonical]");
        assertThat(link).as("canonical link").isNotNull();
        return link.attr("href");
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("head meta[property=" + name + "], head meta[name=" + name + "]");
        assertThat(e).as(name).isNotNull();
        return e.attr("content");
    }

    /** The view's image: the canonical path with {@code .png} (the overview as {@code overview.png}), same query. */
    private static String imageOf(String canonical) {
        int q = canonical.indexOf('?');
        String path = q < 0 ? canonical : canonical.substring(0, q);
        String query = q < 0 ? "" : canonical.substring(q);
        return (path.endsWith("/") ? path + "overview" : path) + ".png" + query;
    }

    /** The site-relative part of an absolute URL. */
    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    private static String rules(Element tr) {
        return String.join(" ", tr.select(".flag[data-rule]").eachAttr("data-rule"));
    }

    private record Download(List<String> header, List<String> columns, List<CSVRecord> records, List<List<String>> rows) {

        List<String> column(String name) {
            return records.stream().map(r -> r.get(name)).toList();
        }
    }

    private static Download csv(String path) throws IOException {
        String text = given().get(path).then().statusCode(200).header("Content-Type", startsWith("text/csv"))
                .extract().asString();
        List<String> header = text.lines().filter(l -> l.startsWith("#")).map(l -> l.replaceFirst("^# ?", "")).toList();
        try (CSVParser parser = CSVParser.parse(text, CSV)) {
            List<CSVRecord> records = parser.getRecords();
            return new Download(header, parser.getHeaderNames(), records, records.stream().map(CSVRecord::toList).toList());
        }
    }

    /**
     * Cell by cell: where the download has a number, the page's cell shows the same number in Dutch
     * notation (perhaps followed by a month in brackets); text and months must be equal; an empty
     * download cell is "no data" or an empty cell on the page.
     */
    private static void assertSameTable(List<List<String>> download, List<List<String>> page) {
        assertThat(download).as("rows").hasSameSizeAs(page);
        for (int r = 0; r < page.size(); r++) {
            assertThat(download.get(r)).as("row " + r).hasSameSizeAs(page.get(r));
            for (int c = 0; c < page.get(r).size(); c++) {
                String d = download.get(r).get(c);
                String p = page.get(r).get(c);
                String where = "row " + r + ", cell " + c + ": download '" + d + "', page '" + p + "'";
                if (d.isEmpty()) {
                    assertThat(p).as(where).isIn("", "geen gegevens");
                } else if (d.matches("-?\\d+(\\.\\d+)?")) {
                    assertThat(pageNumber(p)).as(where).isEqualByComparingTo(new BigDecimal(d));
                } else {
                    assertThat(p).as(where).isEqualTo(d);
                }
            }
        }
    }

    /** "−9,5 % (februari 2026)" → −9.5. */
    private static BigDecimal pageNumber(String text) {
        Matcher m = NUMBER.matcher(text.strip());
        assertThat(m.find()).as("a number in '" + text + "'").isTrue();
        return new BigDecimal(m.group().replace(MINUS, "-").replace("+", "").replace(".", "").replace(",", "."));
    }

    private static void assertJsonEqualsCsv(String path, Download csv) throws IOException {
        JsonNode json = JSON.readTree(given().get(path).then().statusCode(200)
                .header("Content-Type", startsWith("application/json")).extract().asString());
        List<String> columns = new ArrayList<>();
        json.get("columns").forEach(c -> columns.add(c.asText()));
        assertThat(columns).isEqualTo(csv.columns);
        assertThat(json.get("rows")).hasSize(csv.rows.size());
        for (int r = 0; r < csv.rows.size(); r++) {
            JsonNode row = json.get("rows").get(r);
            for (int c = 0; c < columns.size(); c++) {
                JsonNode cell = row.get(c);
                String expected = csv.rows.get(r).get(c);
                if (cell.isNull()) {
                    assertThat(expected).isEmpty();
                } else if (cell.isNumber()) {
                    assertThat(cell.decimalValue()).isEqualByComparingTo(new BigDecimal(expected));
                } else {
                    assertThat(cell.asText()).isEqualTo(expected);
                }
            }
        }
    }

    private static BufferedImage png(String path) throws IOException {
        byte[] bytes = given().get(path).then().statusCode(200).contentType("image/png").extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image).as(path).isNotNull();
        return image;
    }

    private static boolean differs(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
