package nl.industriemonitor.cycle;

import static io.restassured.RestAssured.given;
import static nl.industriemonitor.web.Html.get;
import static nl.industriemonitor.web.Html.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The cycle view and its twins; the positions are those CyclePositionsTest computes by hand. */
@QuarkusTest
class CyclePageTest {

    private static final String NBSP = " ";

    @Test
    void november2025PlacesEveryBranchWithFiguresAndSetsTheOthersApart() throws Exception {
        Document doc = get("/nl/cycle?month=2025-11", 200);
        assertThat(text(doc, "h1")).isEqualTo("Conjunctuurklok per bedrijfstak, november 2025");
        assertThat(doc.select("#cycle-table tbody tr").eachAttr("data-branch")).contains("C", "20", "21");
        assertThat(text(doc, "#cycle-table tr[data-branch=20] td.yoy")).isEqualTo("0,0" + NBSP + "%");
        assertThat(text(doc, "#cycle-table tr[data-branch=20] td.momentum")).isEqualTo("0,0" + NBSP + "%");
        assertThat(text(doc, "#cycle-table tr[data-branch=20] td.quadrant")).isEqualTo("herstel");
        assertThat(text(doc, "#cycle-table tr[data-branch=C] td.momentum")).isEqualTo("+0,6" + NBSP + "%");
        assertThat(text(doc, "#cycle-table tr[data-branch=C] td.since")).isEqualTo("november 2025");
        assertThat(text(doc, "#cycle-table tr[data-branch=20] td.trail")).isEqualTo(
                "jun. 25: krimp, jul. 25: krimp, aug. 25: krimp, sep. 25: herstel, okt. 25: krimp");
        assertThat(doc.select("#cycle-table tr[data-branch=20] a[href=/nl/sector/20]")).hasSize(1);
        assertThat(text(doc, "#cycle-apart li[data-branch=10]")).contains("seizoengecorrigeerde indexcijfers");
        assertThat(text(doc, "#cycle-intro")).contains("seizoengecorrigeerde productie-index");
        JsonNode chart = new ObjectMapper().readTree(doc.selectFirst("canvas#cycle-chart").attr("data-cycle"));
        assertThat(chart.get("quadrants").toString()).contains("groei", "afkoeling", "krimp", "herstel");
        JsonNode chemicals = null;
        for (JsonNode p : chart.get("points")) {
            if (p.get("href").asText().equals("/nl/sector/20")) {
                chemicals = p;
            }
        }
        assertThat(chemicals).isNotNull();
        assertThat(chemicals.get("path")).hasSize(6);
        assertThat(chemicals.get("path").get(5).get(0).asText()).isEqualTo("2025-11");
        assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).endsWith("/nl/cycle?month=2025-11");
        assertThat(doc.selectFirst("meta[property=og:image]").attr("content")).endsWith("/nl/cycle.png?month=2025-11");
    }

    @Test
    void twinsAndEnglish() throws Exception {
        String csv = given().get("/nl/cycle.csv?month=2025-11").then().statusCode(200).extract().asString();
        List<String> rows = csv.lines().filter(l -> !l.startsWith("#")).toList();
        assertThat(rows.get(0)).isEqualTo("branch,name,month,yoy_ca,change_3m3m_index_sa,quadrant,since,since_open");
        assertThat(rows).contains("20,Chemische industrie,2025-11,0.0,0.0,recovery,2025-11,false",
                "20,Chemische industrie,2025-09,-1.9,0.6,recovery,,");
        byte[] png = given().get("/en/cycle.png?month=2025-11").then().statusCode(200).contentType("image/png")
                .extract().asByteArray();
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/cycle-preview.png"), png);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        Document en = get("/en/cycle?month=2025-11", 200);
        assertThat(text(en, "#cycle-table tr[data-branch=20] td.quadrant")).isEqualTo("recovery");
        assertThat(text(en, "h1")).isEqualTo("Business cycle per branch, November 2025");
    }

    @Test
    void overviewAndBranchPageLinkToIt() {
        assertThat(get("/nl/?month=2025-11", 200).select("#cycle-link a").attr("href"))
                .isEqualTo("/nl/cycle?month=2025-11");
        Document sector = get("/nl/sector/20?month=2025-11", 200);
        assertThat(text(sector, "#cycle-standing")).startsWith("Conjunctuurklok: herstel sinds november 2025");
        assertThat(sector.select("#cycle-standing a").attr("href")).isEqualTo("/nl/cycle?month=2025-11");
        assertThat(get("/nl/sector/24", 200).select("#cycle-standing")).isEmpty();
    }

    @Test
    void badMonthsAre400Pages() {
        assertThat(text(get("/nl/cycle?month=2025-13", 400), ".error-message")).contains("'2025-13'");
        assertThat(text(get("/en/cycle?month=2042-01", 400), ".error-message")).contains("2042");
        given().get("/nl/cycle.csv?month=x").then().statusCode(400);
        // no embed: its frame draws line charts and would say "no data" beside figures that exist
        assertThat(text(get("/embed/nl/cycle?month=2025-11", 404), ".error-message")).contains("niet ingesloten");
    }
}
