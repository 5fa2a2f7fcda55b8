package nl.industriemonitor.overview;

import static nl.industriemonitor.web.Html.get;
import static nl.industriemonitor.web.Html.text;
import static nl.industriemonitor.web.Html.NBSP;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OverviewPageTest {

    @Test
    void rootRedirectsToTheDutchOverview() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/nl/"));
    }

    @Test
    void novemberShowsTheLatestReleaseThatHasIt() {
        Document doc = get("/nl/?month=2025-11", 200);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(text(doc, "h1")).isEqualTo("Industrie in november 2025");
        // -0.3 from the CBS release of (about) 10 April 2026, which revised the first +0.7
        assertThat(text(doc, "#headline-yoy .figure")).isEqualTo("\u22120,3" + NBSP + "%");
        assertThat(text(doc, "#headline-yoy .release")).contains("10 april 2026")
                .contains("cbs.nl news en 2026/15 (Feb 2026 release)");
        // month on month: -0.9 from the OData vintage of March 2026
        assertThat(text(doc, "#headline-mom .figure")).isEqualTo("\u22120,9" + NBSP + "%");
        assertThat(text(doc, "#headline-mom .release")).contains("10 maart 2026");
    }

    @Test
    void asOfShowsTheFigureAsFirstPublished() {
        Document doc = get("/nl/?month=2025-11&asof=2026-01-09", 200);
        assertThat(text(doc, "#headline-yoy .figure")).isEqualTo("+0,7" + NBSP + "%");
        assertThat(text(doc, "#headline-yoy .release")).contains("gepubliceerd op 9 januari 2026");
        assertThat(text(doc, "#headline-mom .figure")).isEqualTo("\u22120,5" + NBSP + "%");
        assertThat(text(doc, ".asof")).contains("9 januari 2026");
        assertThat(text(doc, "#headline-yoy")).contains("voorlopig");
    }

    @Test
    void latestMonthIsTheDefault() {
        Document doc = get("/nl/", 200);
        // the latest month with a total-industry figure in the bundled data: April 2026, +4.7
        assertThat(text(doc, "h1")).isEqualTo("Industrie in april 2026");
        assertThat(text(doc, "#headline-yoy .figure")).isEqualTo("+4,7" + NBSP + "%");
    }

    @Test
    void branchTableIsSortedByYearOnYearWithFlagsAndReasons() {
        Document doc = get("/nl/?month=2025-11&asof=2026-01-09", 200);
        // first release of November 2025: food +2.6, machinery +1.0, chemicals -0.7 (CBS sector chart)
        assertThat(text(doc, "#branches tr[data-branch=10] td.yoy")).isEqualTo("+2,6" + NBSP + "%");
        assertThat(text(doc, "#branches tr[data-branch=20] td.yoy")).isEqualTo("\u22120,7" + NBSP + "%");
        var order = doc.select("#branches tbody tr").eachAttr("data-branch");
        assertThat(order.indexOf("33")).isLessThan(order.indexOf("10"));
        assertThat(order.indexOf("10")).isLessThan(order.indexOf("20"));
        // gap to total in points: -0.7 - 0.7
        assertThat(text(doc, "#branches tr[data-branch=20] td.gap")).isEqualTo("\u22121,4");
        // on 9 January 2026 chemicals' latest seasonally adjusted index was that of February 2025 (the table of
        // 2025-04-10): judged there, and the month is said; (79.0 + 80.7 + 81.9) / 3 = 80.53
        assertThat(text(doc, "#branches tr[data-branch=20] .flag[data-rule=below-2021]"))
                .isEqualTo("Onder niveau 2021: gemiddelde seizoengecorrigeerde index laatste 3 maanden: "
                        + "80,5 (2021 = 100) (februari 2025)");
        // with the later releases, chemicals sit below their 2021 level: flagged, with reason and month
        Document latest = get("/nl/?month=2025-11", 200);
        Element flag = latest.selectFirst("#branches tr[data-branch=20] .flag[data-rule=below-2021]");
        assertThat(flag).isNotNull();
        // average of Sep-Nov 2025 index_sa 80.8, 79.3, 81.5 (release of 2026-03-10) = 80.53
        assertThat(flag.text()).isEqualTo("Onder niveau 2021: gemiddelde seizoengecorrigeerde index laatste 3 maanden: "
                + "80,5 (2021 = 100) (november 2025)");
    }

    @Test
    void branchesWithoutAFigureForTheMonthShowTheirLatestEarlierOneWithItsMonth() {
        Document doc = get("/nl/?month=2026-04", 200);
        // April 2026: CBS's release of 10 June 2026 gave month-on-month changes by branch only
        assertThat(text(doc, "#branches tr[data-branch=20] td.yoy")).isEqualTo("\u22129,5" + NBSP + "% (februari 2026)");
        assertThat(text(doc, "#branches tr[data-branch=20] td.mom")).isEqualTo("+0,2" + NBSP + "%");
        assertThat(text(doc, "#branches tr[data-branch=20] td.gap")).isEqualTo("\u22128,8"); // -9.5 - (-0.7), Feb 2026
        // paper (17) in November 2025: its latest figure is of February 2025 (the table of 2025-04-10), shown
        // with its month; a year later it no longer stands for the page's month
        Document nov = get("/nl/?month=2025-11", 200);
        assertThat(text(nov, "#branches tr[data-branch=17] td.yoy")).isEqualTo("+9,8" + NBSP + "% (februari 2025)");
        Document april = get("/nl/?month=2026-04", 200);
        assertThat(text(april, "#branches tr[data-branch=17] td.yoy")).isEqualTo("geen gegevens");
    }

    @Test
    void englishPageTranslatesTextAndNumbers() {
        Document doc = get("/en/?month=2025-11&asof=2026-01-09", 200);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(text(doc, "h1")).isEqualTo("Manufacturing in November 2025");
        assertThat(text(doc, "#headline-yoy .figure")).isEqualTo("+0.7%");
        assertThat(text(doc, "#headline-yoy .release")).contains("published on 9 January 2026");
        assertThat(doc.selectFirst("nav.site-nav a[hreflang]").attr("href")).isEqualTo("/nl/?month=2025-11&asof=2026-01-09");
    }

    @Test
    void malformedMonthIsA400PageInThePageLanguage() {
        Document doc = get("/en/?month=2025-13", 400);
        assertThat(text(doc, ".error-message")).isEqualTo("'2025-13' is not a month; use the form YYYY-MM, for example 2025-11.");
        assertThat(doc.select("a[href=/en/]")).isNotEmpty();
        Document nl = get("/nl/?asof=gisteren", 400);
        assertThat(text(nl, ".error-message")).contains("'gisteren' is geen datum");
    }

    @Test
    void monthWithoutDataIsA404PageLinkingTheLatestMonth() {
        Document doc = get("/nl/?month=1999-01", 404);
        assertThat(text(doc, ".error-message")).isEqualTo("Voor januari 1999 zijn geen cijfers van de totale industrie.");
        assertThat(doc.select("a[href=/nl/?month=2026-04]")).isNotEmpty();
        Document early = get("/nl/?asof=2020-01-01", 404);
        assertThat(text(early, ".error-message")).contains("1 januari 2020");
    }

    @Test
    void unknownPathIsAFriendly404() {
        Document doc = get("/fr/", 404);
        assertThat(text(doc, "h1")).isEqualTo("Er ging iets mis");
        assertThat(doc.text()).doesNotContain("Exception");
    }

    private static com.fasterxml.jackson.databind.JsonNode chart(Document doc, String id) throws Exception {
        Element canvas = doc.selectFirst("canvas#" + id);
        assertThat(canvas).as(id).isNotNull();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(canvas.attr("data-chart"));
    }

    @Test
    void releaseTextReadsLikeTheCbsRelease() {
        Document nl = get("/nl/?month=2025-11&asof=2026-01-09", 200);
        assertThat(text(nl, ".summary")).startsWith("In november 2025 was de productie van de Nederlandse industrie 0,7"
                + NBSP + "% hoger dan een jaar eerder. Na correctie voor seizoenseffecten was de productie 0,5" + NBSP
                + "% lager dan in de maand ervoor.")
                .contains("groeide reparatie en installatie van machines het sterkst (+6,3" + NBSP + "%)")
                .contains("kromp metaalproductenindustrie het sterkst (\u22122,1" + NBSP + "%)")
                .contains("chemische industrie (\u22120,7" + NBSP + "%)")
                .contains("bijgesteld van +1,9" + NBSP + "% naar +2,1" + NBSP + "%");
        Document en = get("/en/?month=2025-11&asof=2026-01-09", 200);
        assertThat(text(en, ".summary")).startsWith(
                "In November 2025 the output of Dutch manufacturing was 0.7% higher than a year earlier.");
    }

    @Test
    void aRevisedHeadlineShowsItsFirstValueAndLinksItsRevisions() {
        Document doc = get("/nl/?month=2025-11", 200);
        assertThat(text(doc, "#headline-yoy .revised")).startsWith("Eerst gepubliceerd: +0,7" + NBSP + "%, 9 januari 2026.");
        assertThat(doc.selectFirst("#headline-yoy .revised a").attr("href"))
                .isEqualTo("/nl/revisions?sector=C&month=2025-11&measure=yoy_ca");
        // as first published nothing was revised yet
        assertThat(get("/nl/?month=2025-11&asof=2026-01-09", 200).select("#headline-yoy .revised")).isEmpty();
    }

    @Test
    void totalChartCarriesTheSameNumbersAsItsTable() throws Exception {
        Document doc = get("/nl/?month=2025-11", 200);
        var chart = chart(doc, "chart-total");
        var labels = chart.get("labels");
        assertThat(labels.get(0).asText()).isEqualTo("2021-01");
        assertThat(labels.get(labels.size() - 1).asText()).isEqualTo("2025-11");
        int nov = labels.size() - 1;
        assertThat(chart.get("series").get(0).get("values").get(nov).decimalValue()).isEqualByComparingTo("103.8");
        assertThat(chart.get("series").get(1).get("values").get(nov).decimalValue()).isEqualByComparingTo("-0.3");
        Element lastRow = doc.select("details.chart-table").first().select("tbody tr").last();
        assertThat(lastRow.text()).isEqualTo("november 2025 103,8 \u22120,3" + NBSP + "%");
    }

    @Test
    void heatMapShowsPublishedCellsAndLeavesMissingOnesEmpty() {
        Document doc = get("/nl/?month=2025-11&asof=2026-01-09", 200);
        assertThat(doc.select("#heatmap thead th")).hasSize(13);
        Element c = doc.selectFirst("#heatmap tr[data-branch=C] td[data-month=2025-11]");
        assertThat(c.text()).isEqualTo("+0,7" + NBSP + "%");
        assertThat(c.hasClass("heat-n1") || c.hasClass("heat-p1")).isTrue();
        Element chemicals = doc.selectFirst("#heatmap tr[data-branch=20] td[data-month=2025-09]");
        assertThat(chemicals.text()).isEqualTo("\u22123,6" + NBSP + "%");
        assertThat(chemicals.hasClass("heat-n2")).isTrue();
        // food (10) in December 2024: from the full table of 2025-04-10
        assertThat(text(doc, "#heatmap tr[data-branch=10] td[data-month=2024-12]")).isEqualTo("+0,7" + NBSP + "%");
        // food has no figure for April 2025 in any release up to 9 January 2026: an empty cell, no number
        Element empty = doc.selectFirst("#heatmap tr[data-branch=10] td[data-month=2025-04]");
        assertThat(empty.hasClass("heat-none")).isTrue();
        assertThat(empty.select(".sr-only").text()).isEqualTo("geen gegevens");
    }

    @Test
    void energyIntensiveBlockNamesEveryMemberAndSaysWhatIsMissing() {
        Document doc = get("/nl/?month=2025-11&asof=2026-01-09", 200);
        assertThat(doc.select("#energy li").eachAttr("data-branch")).containsExactly("17", "19", "20", "23", "24");
        assertThat(text(doc, "#energy li[data-branch=20]")).contains("\u22120,7" + NBSP + "%");
        assertThat(text(doc, "#energy li[data-branch=24]")).contains("geen gegevens");
    }

    @Test
    void producerConfidenceChartUsesItsLatestVintage() throws Exception {
        var chart = chart(get("/nl/?month=2025-11", 200), "chart-confidence");
        assertThat(chart.get("labels").get(0).asText()).isEqualTo("2021-08");
        int aug2025 = 48; // 2021-08 + 48 months
        assertThat(chart.get("labels").get(aug2025).asText()).isEqualTo("2025-08");
        assertThat(chart.get("series").get(0).get("values").get(aug2025).decimalValue()).isEqualByComparingTo("-3.3");
    }

    @Test
    void theFullTableFillsTheBranchTableAndCbsGroupsStandApart() {
        Document doc = get("/nl/?month=2025-02&asof=2025-04-10", 200);
        var main = doc.select("#branches tbody tr").eachAttr("data-branch");
        assertThat(main).contains("10", "11", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23")
                // CBS's release chart gives 26-27 and 29-30 where it has no figure of 26, 27, 29 and 30
                .contains("26-27", "29-30")
                .doesNotContain("C", "10-12", "19-22", "20-21", "06", "B", "B-E", "consumentenartikelen");
        assertThat(doc.select("#branch-groups tbody tr").eachAttr("data-branch")).contains("10-12", "13-15", "16+23",
                "17-18", "19-22", "20-21", "consumentenartikelen", "niet-duurzame-consumentenartikelen",
                "intermediaire-goederen").doesNotContain("26-27", "06");
        assertThat(text(doc, "#branches tr[data-branch=20] td.yoy")).isEqualTo("\u22127,1" + NBSP + "%");
        assertThat(text(doc, "#branch-groups tr[data-branch=19-22] th")).startsWith("Raffinaderijen en chemie");
        assertThat(doc.selectFirst("#branch-groups tr[data-branch=16+23] th a").attr("href")).isEqualTo("/nl/sector/16+23");
    }

    @Test
    void theLongRunIsInTheSummaryAndTheBranchTable() {
        Document doc = get("/nl/?month=2024-12&asof=2025-04-10", 200);
        // chemicals: 79.0, the lowest since March 2009 (77.7)
        assertThat(text(doc, "#branches tr[data-branch=20] td.history")).startsWith("laagste sinds maart 2009")
                .contains("t.o.v. 2021");
        assertThat(text(doc, ".summary")).contains("Op het laagste niveau in ten minste een jaar:")
                .contains("chemische industrie (sinds maart 2009)");
        Document feb = get("/nl/?month=2025-02&asof=2025-04-10", 200);
        assertThat(text(feb, ".summary")).contains("De seizoengecorrigeerde productie-index van de industrie stond op"
                + " 105,0, het hoogste niveau sinds december 2023.").contains("Dat is +5,3" + NBSP
                + "% ten opzichte van het gemiddelde van 2021.");
        Document en = get("/en/?month=2024-12&asof=2025-04-10", 200);
        assertThat(text(en, "#branches tr[data-branch=20] td.history")).startsWith("lowest since March 2009");
        assertThat(text(en, ".summary")).contains("chemicals (since March 2009)");
    }
}
