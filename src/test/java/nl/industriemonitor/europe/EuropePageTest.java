package nl.industriemonitor.europe;

import static io.restassured.RestAssured.given;
import static nl.industriemonitor.web.Html.get;
import static nl.industriemonitor.web.Html.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Eurostat's figures beside CBS's: the branch page's panel and the europe view with its twins, checked against the
 * bundled file {@code sts_inpr_m_C20.csv}, read here on its own (not through the app's reader).
 */
@QuarkusTest
class EuropePageTest {

    private static final Path C20 = Path.of("src/main/resources/data/eurostat/sts_inpr_m_C20.csv");

    /** geo → (month → value as written in the file; empty cells left out). */
    private static Map<String, Map<String, String>> file(Path path) throws IOException {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        String[] head = lines.get(0).split(",", -1);
        Map<String, Map<String, String>> byGeo = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> months = new LinkedHashMap<>();
            for (int i = 6; i < head.length; i++) {
                if (i < cells.length && !cells[i].isBlank()) {
                    months.put(head[i].strip(), cells[i].strip());
                }
            }
            byGeo.put(cells[5], months);
        }
        return byGeo;
    }

    private static String cell(Document doc, String month, String geo) {
        return text(doc, "#europe-table tr[data-month=" + month + "] td[data-geo=" + geo + "]");
    }

    @Test
    void chemicalsPageShowsNetherlandsGermanyAndEuCellForCellAsTheFile() throws IOException {
        Document doc = get("/nl/sector/20", 200);
        assertThat(doc.select("#europe-table thead th[data-geo]").eachAttr("data-geo"))
                .containsExactly("NL", "DE", "EU27_2020");
        List<String> months = doc.select("#europe-table tbody tr").eachAttr("data-month");
        assertThat(months).hasSize(36).startsWith("2023-01").endsWith("2025-12");
        // the issue's own figures for January 2023
        assertThat(cell(doc, "2023-01", "NL")).isEqualTo("85,8");
        assertThat(cell(doc, "2023-01", "DE")).isEqualTo("80,0");
        assertThat(cell(doc, "2023-01", "EU27_2020")).isEqualTo("83,2");
        Map<String, Map<String, String>> file = file(C20);
        int compared = 0;
        for (String geo : List.of("NL", "DE", "EU27_2020")) {
            for (String month : months) {
                String expected = file.get(geo).get(month);
                String shown = cell(doc, month, geo);
                if (expected == null) {
                    assertThat(shown).as(geo + " " + month).isEqualTo("geen gegevens");
                } else {
                    assertThat(shown.replace(',', '.')).as(geo + " " + month).isEqualTo(expected);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
        // the chart draws the same numbers, one series per country
        JsonNode chart = new ObjectMapper().readTree(doc.selectFirst("canvas#europe-chart").attr("data-chart"));
        assertThat(chart.get("series")).hasSize(3);
        assertThat(chart.get("series").get(1).get("values").get(0).decimalValue()).isEqualByComparingTo("80.0");
        // one source line per series, Eurostat's; CBS's own chart and table are untouched
        assertThat(doc.select(".europe-sources dd")).hasSize(3)
                .allSatisfy(dd -> assertThat(dd.text()).startsWith("Bron: Eurostat"));
        assertThat(doc.select("#chart-table thead th")).hasSize(3);
        // other countries: a plain form to the europe view
        Element form = doc.selectFirst("form#europe-form");
        assertThat(form.attr("action")).isEqualTo("/nl/europe");
        assertThat(form.select("input[name=nace]").val()).isEqualTo("C20");
        assertThat(form.select("input[name=geo]")).hasSizeGreaterThan(20);
        assertThat(form.select("input[name=geo][checked]").eachAttr("value")).containsExactly("NL", "DE", "EU27_2020");
    }

    @Test
    void branchWithoutEurostatFiguresHasNoPanel() {
        assertThat(get("/nl/sector/24", 200).select("#europe-table")).isEmpty();
        assertThat(get("/nl/sector/C", 200).select("#europe-table")).isEmpty();
        // Eurostat's release is of February 2026: the figures as published before it have no panel
        assertThat(get("/nl/sector/20?asof=2025-04-10", 200).select("#europe-table")).isEmpty();
    }

    @Test
    void europeViewWithItsTwins() throws IOException {
        Document doc = get("/nl/europe?nace=C20&geo=DE,NL,EU27_2020&from=2023-01", 200);
        assertThat(doc.selectFirst("link[rel=canonical]").attr("href"))
                .endsWith("/nl/europe?nace=C20&geo=NL,DE,EU27_2020&from=2023-01");
        assertThat(doc.selectFirst("meta[property=og:image]").attr("content"))
                .endsWith("/nl/europe.png?nace=C20&geo=NL,DE,EU27_2020&from=2023-01");
        assertThat(cell(doc, "2025-01", "NL")).isEqualTo("81,2");
        assertThat(doc.select("form#europe-form input[name=geo][checked]").eachAttr("value"))
                .containsExactly("NL", "DE", "EU27_2020");

        String csv = given().get("/nl/europe.csv?nace=C20&geo=NL,DE&from=2023-01").then().statusCode(200)
                .extract().asString();
        assertThat(csv).contains("# source: Eurostat").contains("# licence: Eurostat").doesNotContain("StatLine");
        List<String> rows = csv.lines().filter(l -> !l.startsWith("#")).toList();
        assertThat(rows.get(0)).isEqualTo("month,NL,DE");
        Map<String, Map<String, String>> file = file(C20);
        List<String> expected = new ArrayList<>();
        for (String month : file.get("NL").keySet()) {
            expected.add(month + "," + file.get("NL").get(month) + "," + file.get("DE").getOrDefault(month, ""));
        }
        assertThat(rows.subList(1, rows.size())).containsExactlyElementsOf(expected);

        byte[] png = given().get("/nl/europe.png?nace=C20&geo=NL,DE&from=2023-01").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/europe-preview.png"), png);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);

        JsonNode json = new ObjectMapper().readTree(given().get("/en/europe.json?nace=C20&geo=NL,DE&from=2023-01")
                .then().statusCode(200).extract().asString());
        assertThat(json.toString()).contains("Eurostat");
        assertThat(text(get("/en/europe?nace=C20&geo=NL,DE", 200), "h1")).contains("the Netherlands and other countries");
        // the embed names Eurostat as the source, not CBS
        assertThat(text(get("/embed/nl/europe?nace=C20&geo=NL,DE", 200), ".embed-source")).startsWith("Bron: Eurostat");
    }

    @Test
    void badParametersAreClear400PagesInTheReadersLanguage() {
        assertThat(text(get("/nl/europe?nace=C24", 400), ".error-message")).contains("'C24'").contains("C20");
        assertThat(text(get("/en/europe?nace=C20&geo=XX", 400), ".error-message")).contains("'XX'").contains("It has");
        assertThat(text(get("/nl/europe?from=2025-13", 400), ".error-message")).contains("'2025-13'");
        assertThat(text(get("/nl/europe?from=2030-01", 400), ".error-message")).contains("na december 2025");
        assertThat(text(get("/nl/europe?from=2025-06&to=2024-01", 400), ".error-message")).contains("ligt na");
        assertThat(text(get("/nl/europe?geo=,", 400), ".error-message")).contains("minstens één land");
        assertThat(text(get("/nl/europe?geo=AT,BE,BG,CZ,DE,DK,EL,ES,FI", 400), ".error-message")).contains("hoogstens 8");
        given().get("/nl/europe.csv?nace=C99").then().statusCode(400);
    }
}
