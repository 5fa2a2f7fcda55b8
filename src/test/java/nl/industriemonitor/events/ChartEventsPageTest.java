package nl.industriemonitor.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.industriemonitor.web.Html;

/** Events on the branch page: on the chart, below the table, in the image, and switched off by the link. */
@QuarkusTest
class ChartEventsPageTest {

    static JsonNode chart(Document doc) throws Exception {
        return new ObjectMapper().readTree(doc.selectFirst("canvas#sector-chart").attr("data-chart"));
    }

    static List<String> marks(Document doc) throws Exception {
        return chart(doc).get("events").findValuesAsText("label").stream().toList();
    }

    @Test
    void chemicalsSince2005ShowsTheCrisesOnTheChartAndBelowTheTable() throws Exception {
        Document doc = Html.get("/nl/sector/20?from=2005-01", 200);
        JsonNode events = chart(doc).get("events");
        assertThat(events).hasSize(3);
        assertThat(events.get(0).get("label").asText()).isEqualTo("Kredietcrisis");
        assertThat(events.get(0).get("start").asText()).isEqualTo("2008-07");
        assertThat(events.get(0).get("end").asText()).isEqualTo("2009-06");
        assertThat(events.get(1).get("start").asText()).isEqualTo("2020-03");
        assertThat(events.get(1).get("end").asText()).isEqualTo("2020-03");
        assertThat(events.get(2).get("start").asText() + " " + events.get(2).get("end").asText()).isEqualTo("2022-02 2022-08");
        // every mark lies on the chart's axis
        List<String> labels = new java.util.ArrayList<>();
        chart(doc).get("labels").forEach(n -> labels.add(n.asText()));
        assertThat(labels).contains("2008-07", "2009-06", "2020-03", "2022-02", "2022-08");

        assertThat(doc.select("#events-table tbody tr")).extracting(r -> r.attr("data-event"))
                .containsExactly("financial-crisis", "covid-lockdown", "energy-crisis");
        assertThat(Html.text(doc, "#events-table tr[data-event=financial-crisis]"))
                .isEqualTo("juli 2008 – juni 2009 Kredietcrisis Na de kredietcrisis kromp de Nederlandse economie vier "
                        + "kwartalen op rij, van het derde kwartaal van 2008 tot en met het tweede van 2009 (CBS). cbs.nl");
        assertThat(Html.text(doc, "#events-table tr[data-event=covid-lockdown]")).startsWith("maart 2020 Eerste lockdown");
        assertThat(doc.selectFirst("#events-table tr[data-event=covid-lockdown] a").attr("href"))
                .startsWith("https://www.rijksoverheid.nl/");
        // the list follows the chart's table
        assertThat(doc.selectFirst("details.chart-table ~ section.events")).isNotNull();
        assertThat(doc.selectFirst("#events-toggle").attr("href")).isEqualTo("/nl/sector/20?from=2005-01&events=0");
    }

    @Test
    void theDefaultPeriodShowsOnlyTheEnergyCrisisAndOtherBranchesTheirOwn() throws Exception {
        assertThat(marks(Html.get("/nl/sector/20", 200))).containsExactly("Energiecrisis");
        assertThat(marks(Html.get("/en/sector/10?from=2005-01", 200)))
                .containsExactly("Financial crisis", "First lockdown");
    }

    @Test
    void eventsZeroHidesThemAndEveryLinkKeepsTheChoice() throws Exception {
        Document doc = Html.get("/nl/sector/20?from=2005-01&events=0", 200);
        assertThat(chart(doc).get("events")).isEmpty();
        assertThat(doc.select("#events-table")).isEmpty();
        assertThat(Html.text(doc, "#events-hidden")).startsWith("De gebeurtenissen (crises, lockdown) zijn verborgen.");
        assertThat(doc.selectFirst("#events-toggle").attr("href")).isEqualTo("/nl/sector/20?from=2005-01");
        assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).endsWith("/nl/sector/20?from=2005-01&events=0");
        assertThat(doc.selectFirst("meta[property=og:image]").attr("content")).endsWith("/nl/sector/20.png?from=2005-01&events=0");
        assertThat(doc.selectFirst("#share-url").val()).endsWith("/nl/sector/20?from=2005-01&events=0");
        assertThat(doc.selectFirst("form.chart-form input[name=events]").val()).isEqualTo("0");
        assertThat(doc.select("a[href^=/nl/sector/20?]").eachAttr("href")).filteredOn(h -> h.contains("from=2015-01"))
                .allMatch(h -> h.contains("events=0")).isNotEmpty();
        // the default is left out of the canonical address
        Document shown = Html.get("/nl/sector/20?events=1&from=2005-01", 200);
        assertThat(shown.selectFirst("link[rel=canonical]").attr("href")).endsWith("/nl/sector/20?from=2005-01");
        assertThat(marks(shown)).hasSize(3);
    }

    @Test
    void theImageShowsThemToo() throws Exception {
        BufferedImage with = png("/nl/sector/20.png?from=2005-01");
        BufferedImage without = png("/nl/sector/20.png?from=2005-01&events=0");
        assertThat(nl.industriemonitor.share.PreviewImageEventsTestAccess.bandPixels(without)).isZero();
        assertThat(nl.industriemonitor.share.PreviewImageEventsTestAccess.bandPixels(with)).isGreaterThan(5_000);
    }

    @Test
    void aBadChoiceIsA400InTheReadersLanguage() {
        assertThat(Html.text(Html.get("/nl/sector/20?events=ja", 400), "main"))
                .contains("'ja' is geen keuze voor events");
        assertThat(Html.text(Html.get("/en/sector/20?events=2", 400), "main"))
                .contains("'2' is not a choice for events");
    }

    @Test
    void theShowingChoiceSharesTheCacheEntryAndTheHidingOneHasItsOwn() {
        String plain = given().get("/nl/sector/20?from=2005-01").then().statusCode(200).extract().header("ETag");
        String spelled = given().get("/nl/sector/20?from=2005-01&events=1").then().statusCode(200).extract().header("ETag");
        String hidden = given().get("/nl/sector/20?from=2005-01&events=0").then().statusCode(200).extract().header("ETag");
        assertThat(spelled).isEqualTo(plain);
        assertThat(hidden).isNotEqualTo(plain);
    }

    @Test
    void theGroupChartShowsTheEventsOfItsMembers() throws Exception {
        Document doc = Html.get("/en/group/energy-intensive?from=2005-01", 200);
        JsonNode chart = new ObjectMapper().readTree(doc.selectFirst("canvas#group-index").attr("data-chart"));
        assertThat(chart.get("events").findValuesAsText("label")).containsExactly("Financial crisis",
                "First lockdown", "Energy crisis");
        assertThat(doc.select("#events-table tbody tr")).extracting(r -> r.attr("data-event"))
                .containsExactly("financial-crisis", "covid-lockdown", "energy-crisis");
        assertThat(doc.selectFirst("#events-toggle").attr("href")).isEqualTo("/en/group/energy-intensive?from=2005-01&events=0");
        Document hidden = Html.get("/en/group/energy-intensive?from=2005-01&events=0", 200);
        assertThat(new ObjectMapper().readTree(hidden.selectFirst("canvas#group-index").attr("data-chart")).get("events")).isEmpty();
        assertThat(hidden.selectFirst("link[rel=canonical]").attr("href")).endsWith("/en/group/energy-intensive?from=2005-01&events=0");
        assertThat(hidden.selectFirst("form.view-form input[name=events]").val()).isEqualTo("0");
        assertThat(Html.text(Html.get("/nl/group/energy-intensive?events=nee", 400), "main")).contains("'nee' is geen keuze");
    }

    @Test
    void theComparisonShowsTheEventsOfTheChosenBranches() throws Exception {
        Document doc = Html.get("/nl/compare?sectors=10,20&from=2005-01", 200);
        JsonNode chart = new ObjectMapper().readTree(doc.selectFirst("canvas#compare-chart").attr("data-chart"));
        assertThat(chart.get("events").findValuesAsText("label")).containsExactly("Kredietcrisis", "Eerste lockdown",
                "Energiecrisis");
        assertThat(Html.get("/nl/compare?sectors=10,28&from=2005-01", 200).select("#events-table tbody tr"))
                .extracting(r -> r.attr("data-event")).containsExactly("financial-crisis", "covid-lockdown");
        Document hidden = Html.get("/nl/compare?sectors=10,20&from=2005-01&events=0", 200);
        assertThat(hidden.selectFirst("link[rel=canonical]").attr("href")).endsWith("/nl/compare?sectors=10,20&from=2005-01&events=0");
        assertThat(hidden.selectFirst("#events-toggle").attr("href")).isEqualTo("/nl/compare?sectors=10,20&from=2005-01");
        assertThat(hidden.selectFirst("main form input[name=events]").val()).isEqualTo("0");
    }

    static BufferedImage png(String path) throws Exception {
        byte[] bytes = given().get(path).then().statusCode(200).contentType("image/png").extract().asByteArray();
        // kept for a look, beside the browser test's screenshots
        java.nio.file.Path shots = java.nio.file.Path.of("target/screenshots");
        java.nio.file.Files.createDirectories(shots);
        java.nio.file.Files.write(shots.resolve(path.replaceAll("[^A-Za-z0-9]+", "-") + ".png"), bytes);
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }
}
