package nl.industriemonitor.about;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AboutPageTest {

    private static Document get(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).contentType("text/html").extract().asString());
    }

    @Test
    void namesTheSourceAndLicence() {
        Document doc = get("/nl/data");
        assertThat(doc.select("h1").eachText()).containsExactly("Gegevens en methode");
        assertThat(doc.text()).contains("85806NED").contains("Creative Commons Naamsvermelding").contains("Bron: CBS");
        assertThat(doc.select("#measures tbody tr")).hasSize(5);
    }

    @Test
    void coverageSaysWhichMonthsEachBranchHas() {
        Document doc = get("/nl/data");
        // total manufacturing: seasonally adjusted index for all 253 months 2005-01 .. 2026-01 (the table of
        // 2025-04-10 up to 2025-02, the jnj csv up to 2026-01)
        assertThat(doc.select("#coverage tr[data-branch=C] td").get(1).text()).isEqualTo("jan. 05 – jan. 26 (253)");
        // basic metals (24): the table of 2025-04-10 holds it only up to November 2009
        assertThat(doc.select("#coverage tr[data-branch=24] td").get(0).text()).isEqualTo("jan. 05 – nov. 09 (59)");
        // metal products (25) has no unadjusted index at all
        assertThat(doc.select("#coverage tr[data-branch=25] td").get(0).text()).isEqualTo("geen gegevens");
    }

    @Test
    void listsEveryReleaseNewestFirstWithItsFigureCount() {
        Document doc = get("/nl/data");
        // 21 production releases and 3 producer-confidence releases in the bundled files
        assertThat(doc.select("#releases tbody tr")).hasSize(24);
        // the undated producer-confidence release sorts as newest
        assertThat(doc.select("#releases tbody tr").first().text()).contains("publicatiedatum onbekend").contains("81234NED");
        assertThat(doc.select("#releases tbody tr").get(1).text()).contains("10 juni 2026").contains("85806NED");
    }

    @Test
    void englishPage() {
        Document doc = get("/en/data");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("h1").text()).isEqualTo("Data and method");
        assertThat(doc.text()).contains("Creative Commons Attribution");
        assertThat(doc.selectFirst("a[hreflang=nl]").attr("href")).isEqualTo("/nl/data");
    }

    @Test
    void asOfShowsTheReleasesAndCoverageAsPublishedThen() {
        Document doc = get("/nl/data?asof=2026-01-09");
        assertThat(doc.selectFirst(".asof").text()).contains("9 januari 2026");
        // the newest release out by then is that of 9 January; later and undated ones are left out
        assertThat(doc.select("#releases tbody tr").first().text()).contains("9 januari 2026");
        assertThat(doc.select("#releases tbody tr").eachText()).noneMatch(t -> t.contains("publicatiedatum onbekend"));
        // total manufacturing's yoy_ca reached November 2025 then, April 2026 now
        assertThat(doc.select("#coverage tr[data-branch=C] td").get(2).text()).contains("nov. 25");
        given().get("/nl/data?asof=2000-01-01").then().statusCode(404);
        given().get("/nl/data?asof=gisteren").then().statusCode(400);
    }
}
