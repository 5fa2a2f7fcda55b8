package nl.industriemonitor.revisions;

import static nl.industriemonitor.web.Html.get;
import static nl.industriemonitor.web.Html.text;
import static nl.industriemonitor.web.Html.MINUS;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** Expectations are the bundled releases of src/main/resources/data/cbs-85806NED-monthly.csv. */
@QuarkusTest
class RevisionsPageTest {

    private static final String NBSP = " ";
    private static final String NOVEMBER = "/nl/revisions?sector=C&month=2025-11&measure=yoy_ca";

    @Test
    void everyReleaseOfNovember2025() {
        Document doc = get(NOVEMBER, 200);
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("#vintages tbody tr").eachAttr("data-published"))
                .containsExactly("2026-01-09", "2026-02-10", "2026-03-10", "2026-04-10");
        assertThat(doc.select("#vintages td.value").eachText())
                .containsExactly("+0,7" + NBSP + "%", "+0,4" + NBSP + "%", "+0,3" + NBSP + "%", MINUS + "0,3" + NBSP + "%");
        // jsoup's eachText() skips empty cells; the first release has no earlier one to differ from
        assertThat(doc.select("#vintages td.change").stream().map(Element::text).toList())
                .containsExactly("", MINUS + "0,3", MINUS + "0,1", MINUS + "0,6");
        assertThat(text(doc, "#vintages tr[data-published=2026-01-09] th")).isEqualTo("gepubliceerd op 9 januari 2026");
        assertThat(text(doc, "#vintages tr[data-published=2026-01-09] td.source")).isEqualTo("cbs.nl news en 2026/02 (Nov 2025 release)");
        assertThat(text(doc, "#vintages tr[data-published=2026-04-10] td.source")).isEqualTo("cbs.nl news en 2026/15 (Feb 2026 release)");
        assertThat(text(doc, "#vintages tr[data-published=2026-01-09] td.status")).isEqualTo("voorlopig");
        assertThat(text(doc, "#summary")).isEqualTo("Eerst gepubliceerd als +0,7" + NBSP + "% op 9 januari 2026, laatst als "
                + MINUS + "0,3" + NBSP + "% op 10 april 2026; herzien met " + MINUS + "1,0 procentpunt.");
        assertThat(text(doc, "#subject")).contains("Industrie (totaal)").contains("november 2025");
    }

    @Test
    void november2024FromTheFirstReportToTheFullTable() {
        Document doc = get("/nl/revisions?sector=C&month=2024-11&measure=yoy_ca", 200);
        // first reported −0.1 (metaalkrant, release of 2025-01-10); −0.6 in the release of 2025-04-10, where the
        // news release and the full table agree
        assertThat(text(doc, "#vintages tr[data-published=2025-01-10] td.value")).isEqualTo(MINUS + "0,1" + NBSP + "%");
        assertThat(text(doc, "#vintages tr[data-published=2025-04-10] td.value")).isEqualTo(MINUS + "0,6" + NBSP + "%");
        assertThat(doc.select("#vintages tr[data-published=2025-04-10]")).hasSize(1);
        assertThat(text(doc, "#vintages tr[data-published=2025-04-10] td.source")).contains("cbs.nl news en 2025/15");
    }

    @Test
    void chartHasOnePointPerReleaseLabelledByDate() throws Exception {
        Document doc = get(NOVEMBER, 200);
        JsonNode chart = new ObjectMapper().readTree(doc.selectFirst("canvas[data-chart]").attr("data-chart"));
        assertThat(chart.get("labels")).extracting(JsonNode::asText)
                .containsExactly("2026-01-09", "2026-02-10", "2026-03-10", "2026-04-10");
        assertThat(chart.get("series")).hasSize(1);
        assertThat(chart.get("series").get(0).get("values")).extracting(JsonNode::decimalValue)
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("0.7"), new java.math.BigDecimal("0.4"),
                        new java.math.BigDecimal("0.3"), new java.math.BigDecimal("-0.3"));
    }

    @Test
    void asOfShowsOnlyTheReleasesOutByThen() {
        Document doc = get(NOVEMBER + "&asof=2026-02-10", 200);
        assertThat(doc.select("#vintages tbody tr").eachAttr("data-published")).containsExactly("2026-01-09", "2026-02-10");
        assertThat(text(doc, "#summary")).endsWith("herzien met " + MINUS + "0,3 procentpunt.");
        assertThat(text(doc, ".asof")).contains("10 februari 2026");
    }

    @Test
    void defaultsAreTotalYearOnYearInTheLatestMonthWhichWasNotRevised() {
        Document doc = get("/nl/revisions", 200);
        // April 2026, +4.7, one release (2026-06-10)
        assertThat(doc.selectFirst("#month").attr("value")).isEqualTo("2026-04");
        assertThat(doc.select("#vintages td.value").eachText()).containsExactly("+4,7" + NBSP + "%");
        assertThat(text(doc, "#summary")).isEqualTo("Dit cijfer is niet herzien: het is één keer gepubliceerd, als +4,7"
                + NBSP + "% op 10 juni 2026.");
        assertThat(doc.selectFirst("#sector option[selected]").attr("value")).isEqualTo("C");
        assertThat(doc.selectFirst("#measure option[selected]").attr("value")).isEqualTo("yoy_ca");
    }

    @Test
    void otherMeasures() {
        // mom_sa: -0.5 on 2026-01-09 (ANP), -0.9 in the release of 2026-03-10
        Document mom = get("/nl/revisions?sector=C&month=2025-11&measure=mom_sa", 200);
        assertThat(mom.select("#vintages td.value").eachText()).containsExactly(MINUS + "0,5" + NBSP + "%", MINUS + "0,9" + NBSP + "%");
        assertThat(text(mom, "#summary")).endsWith("herzien met " + MINUS + "0,4 procentpunt.");
        Document index = get("/nl/revisions?sector=20&month=2025-11&measure=index_sa", 200);
        assertThat(index.select("#vintages td.value").eachText()).containsExactly("81,5");
        assertThat(text(index, "#vintages thead")).contains("indexpunt");
    }

    @Test
    void englishPage() {
        Document doc = get("/en/revisions?sector=C&month=2025-11", 200);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(text(doc, "h1")).isEqualTo("Revisions of one figure");
        assertThat(text(doc, "#summary")).isEqualTo("First published as +0.7% on 9 January 2026, latest as "
                + MINUS + "0.3% on 10 April 2026; revised by " + MINUS + "1.0 percentage points.");
        assertThat(doc.selectFirst("nav.site-nav a[hreflang]").attr("href")).isEqualTo("/nl/revisions?sector=C&month=2025-11");
    }

    @Test
    void badInputs() {
        assertThat(text(get("/nl/revisions?sector=XX", 404), ".error-message")).contains("'XX'");
        assertThat(text(get("/nl/revisions?month=2025-13", 400), ".error-message")).contains("'2025-13' is geen maand");
        assertThat(text(get("/en/revisions?measure=foo", 400), ".error-message")).contains("'foo'").contains("yoy_ca");
        get("/nl/revisions?measure=producer_confidence", 400);
        get("/nl/revisions?asof=morgen", 400);
    }

    @Test
    void monthWithoutTheFigureIsA404LinkingTheBranchAndTheLatestMonth() {
        Document doc = get("/nl/revisions?sector=C&month=1999-01&measure=yoy_ca", 404);
        assertThat(text(doc, ".error-message")).isEqualTo("Voor januari 1999 is er geen productie t.o.v. een jaar eerder "
                + "(kalendergecorrigeerd) van Industrie (totaal).");
        assertThat(doc.select("a[href=/nl/sector/C]")).isNotEmpty();
        assertThat(doc.select("a[href=/nl/revisions?sector=C&month=2026-04&measure=yoy_ca]")).isNotEmpty();
        // as of 2026-01-09 November 2025 was the latest month
        Document early = get("/nl/revisions?sector=C&month=2026-04&asof=2026-01-09", 404);
        assertThat(early.select("a[href=/nl/revisions?sector=C&month=2025-11&measure=yoy_ca&asof=2026-01-09]")).isNotEmpty();
    }
}
