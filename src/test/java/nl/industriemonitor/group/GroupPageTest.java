package nl.industriemonitor.group;

import static nl.industriemonitor.web.Html.get;
import static nl.industriemonitor.web.Html.text;
import static nl.industriemonitor.web.Html.NBSP;
import static nl.industriemonitor.web.Html.MINUS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** Expectations are the bundled figures of src/main/resources/data/cbs-85806NED-monthly.csv. */
@QuarkusTest
class GroupPageTest {

    @Test
    void energyIntensiveListsItsFiveBranchesWithTheirLatestFigures() {
        Document doc = get("/nl/group/energy-intensive", 200);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(text(doc, "h1")).isEqualTo("Energie-intensieve industrie");
        assertThat(doc.select("#members tbody tr").eachAttr("data-branch")).containsExactly("17", "19", "20", "23", "24", "C");
        // default month: April 2026, the latest with a total-industry yoy_ca (+4.7, release of 2026-06-10)
        assertThat(doc.selectFirst("#month").attr("value")).isEqualTo("2026-04");
        assertThat(text(doc, "#members tr[data-branch=C] td.yoy")).isEqualTo("+4,7" + NBSP + "%");
        assertThat(text(doc, "#members tr[data-branch=C] td.mom")).isEqualTo("+1,4" + NBSP + "%");
        assertThat(text(doc, "#members tr[data-branch=C] td.index")).isEqualTo("104,5 (januari 2026)");
        assertThat(text(doc, "#members tr[data-branch=C] th")).contains("referentie");
        // chemicals: latest yoy_ca -9.5 (February 2026), mom_sa April 2026 +0.2, index_sa January 2026 76.3
        assertThat(text(doc, "#members tr[data-branch=20] td.yoy")).isEqualTo(MINUS + "9,5" + NBSP + "% (februari 2026)");
        assertThat(text(doc, "#members tr[data-branch=20] td.mom")).isEqualTo("+0,2" + NBSP + "%");
        assertThat(text(doc, "#members tr[data-branch=20] td.index")).isEqualTo("76,3 (januari 2026)");
        assertThat(doc.selectFirst("#members tr[data-branch=20] .flag[data-rule=below-total]")).isNotNull();
        assertThat(doc.selectFirst("#members tr[data-branch=20] th a").attr("href")).isEqualTo("/nl/sector/20");
        // mom_sa April 2026 (release of 2026-06-10): refining +2.3, building materials +0.4, basic metals +0.2
        assertThat(text(doc, "#members tr[data-branch=19] td.mom")).isEqualTo("+2,3" + NBSP + "%");
        assertThat(text(doc, "#members tr[data-branch=23] td.mom")).isEqualTo("+0,4" + NBSP + "%");
        assertThat(text(doc, "#members tr[data-branch=24] td.mom")).isEqualTo("+0,2" + NBSP + "%");
        // paper has no yoy_ca at all and no mom_sa after February 2026: missing, not filled
        assertThat(text(doc, "#members tr[data-branch=17] td.yoy")).isEqualTo("geen gegevens");
        assertThat(text(doc, "#members tr[data-branch=17] td.mom")).isEqualTo("geen gegevens");
    }

    @Test
    void definitionSourceAndOwnCalculationAreStated() {
        Document doc = get("/nl/group/energy-intensive", 200);
        assertThat(text(doc, "#definition")).contains("Destatis").contains("drie kwart").contains("(21)");
        // the source is named; no web address is given that we could not check
        assertThat(text(doc, "#definition-source")).contains("Destatis");
        assertThat(doc.select("#definition-source a")).isEmpty();
        assertThat(text(doc, "#own-calculation")).contains("eigen berekening").contains("geen gewichten");
        assertThat(text(doc, "#rest")).contains("geen gewichten").contains("totale industrie (C)");
        assertThat(text(doc, "#rest-total .figure")).isEqualTo("+4,7" + NBSP + "%");
    }

    @Test
    void noMeanWhileMembersLackAFigureAndTheyAreNamed() {
        Document doc = get("/nl/group/energy-intensive?month=2025-11", 200);
        assertThat(doc.selectFirst("#mean")).isNull();
        String missing = text(doc, "#mean-missing");
        assertThat(missing).startsWith("Voor november 2025 berekenen we geen gemiddelde")
                .contains("Papierindustrie 17").contains("Aardolie-industrie 19")
                .contains("Bouwmaterialenindustrie 23").contains("Basismetaalindustrie 24")
                .doesNotContain("Chemische industrie");
        // chemicals in November 2025: 0 as revised in the release of 2026-03-10
        assertThat(text(doc, "#members tr[data-branch=20] td.yoy")).isEqualTo("0,0" + NBSP + "%");
    }

    @Test
    void chartDrawsTheMembersWithAnIndexAndTotalDashedFollowedByItsTable() throws Exception {
        Document doc = get("/nl/group/energy-intensive", 200);
        JsonNode chart = new ObjectMapper().readTree(doc.selectFirst("canvas[data-chart]").attr("data-chart"));
        assertThat(chart.get("labels").get(0).asText()).isEqualTo("2021-01");
        assertThat(chart.get("labels").get(chart.get("labels").size() - 1).asText()).isEqualTo("2026-01");
        // paper, refining and building materials have an index up to February 2025 (the table of 2025-04-10)
        assertThat(chart.get("series")).extracting(s -> s.get("label").asText()).containsExactly(
                "Papierindustrie (17)", "Aardolie-industrie (19)", "Chemische industrie (20)",
                "Bouwmaterialenindustrie (23)", "Industrie (totaal)");
        JsonNode chemicals = chart.get("series").get(2);
        assertThat(chemicals.get("values").get(0).decimalValue()).isEqualByComparingTo("99");
        JsonNode total = chart.get("series").get(4);
        assertThat(total.get("style").asText()).isEqualTo("dashed");
        assertThat(total.get("values").get(0).decimalValue()).isEqualByComparingTo("97.6");
        assertThat(text(doc, "#index-table tr[data-month=2021-01]")).isEqualTo("januari 2021 97,1 98,7 99,0 102,6 97,6");
        assertThat(text(doc, "#index-table tr[data-month=2026-01]"))
                .isEqualTo("januari 2026 geen gegevens geen gegevens 76,3 geen gegevens 104,5");
        assertThat(doc.select("#index-table tbody tr")).hasSize(chart.get("labels").size());
        // basic metals' index stops in November 2009: not drawn since 2021, and named
        assertThat(text(doc, "#without-index")).isEqualTo("Geen seizoengecorrigeerde index gepubliceerd voor:"
                + " Basismetaalindustrie (24).");
    }

    @Test
    void asOfShowsTheFiguresAsPublishedThen() {
        Document doc = get("/nl/group/energy-intensive?asof=2026-01-09", 200);
        assertThat(doc.selectFirst("#month").attr("value")).isEqualTo("2025-11");
        assertThat(text(doc, "#members tr[data-branch=20] td.yoy")).isEqualTo(MINUS + "0,7" + NBSP + "%");
        assertThat(text(doc, "#members tr[data-branch=C] td.yoy")).isEqualTo("+0,7" + NBSP + "%");
        assertThat(text(doc, ".asof")).contains("9 januari 2026");
        assertThat(doc.selectFirst("form input[name=asof]").attr("value")).isEqualTo("2026-01-09");
    }

    @Test
    void metalListsTheSingleMetalektroBranches() {
        Document doc = get("/nl/group/metal", 200);
        assertThat(text(doc, "h1")).isEqualTo("Metalektro");
        assertThat(doc.select("#members tbody tr").eachAttr("data-branch"))
                .containsExactly("24", "25", "26", "27", "28", "29", "30", "33", "C");
        assertThat(text(doc, "#members tr[data-branch=28] td.yoy")).isEqualTo("+8,0" + NBSP + "% (februari 2026)");
        assertThat(text(doc, "#members tr[data-branch=28] td.mom")).isEqualTo("+3,9" + NBSP + "%");
        assertThat(text(doc, "#members tr[data-branch=33] td.yoy")).isEqualTo(MINUS + "15,2" + NBSP + "% (februari 2026)");
        // 26 has no data in the bundled snapshot: named from the catalogue, no link to an empty branch page
        assertThat(text(doc, "#members tr[data-branch=26] th")).startsWith("Elektrotechnische industrie");
        assertThat(doc.selectFirst("#members tr[data-branch=26] th a")).isNull();
        assertThat(doc.selectFirst("#definition-source a").attr("href")).startsWith("https://www.cbs.nl/");
        assertThat(doc.select("a[href=/nl/group/energy-intensive]")).isNotEmpty();
    }

    @Test
    void englishPage() {
        Document doc = get("/en/group/metal?month=2025-11", 200);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(text(doc, "h1")).isEqualTo("Metal and electrical engineering");
        assertThat(text(doc, "#members tr[data-branch=28] td.yoy")).isEqualTo("+1.0%");
        assertThat(text(doc, "#members tr[data-branch=28] th")).startsWith("Machinery");
        assertThat(text(doc, "#mean-missing")).startsWith("For November 2025 we calculate no mean");
        assertThat(text(doc, "#rest-heading")).isEqualTo("Against the rest of industry");
        assertThat(doc.selectFirst("nav.site-nav a[hreflang]").attr("href")).isEqualTo("/nl/group/metal?month=2025-11");
        Document energy = get("/en/group/energy-intensive", 200);
        assertThat(text(energy, "h1")).isEqualTo("Energy-intensive industry");
        assertThat(text(energy, "#definition")).contains("three quarters");
        assertThat(text(energy, "#members tr[data-branch=20] td.yoy")).isEqualTo(MINUS + "9.5% (February 2026)");
    }

    @Test
    void unknownGroupIsA404ListingTheGroups() {
        Document doc = get("/nl/group/foo", 404);
        assertThat(text(doc, ".error-message")).isEqualTo("Groep 'foo' bestaat niet.");
        List<String> hrefs = doc.select("main a").eachAttr("href");
        assertThat(hrefs).contains("/nl/group/energy-intensive", "/nl/group/metal");
    }

    @Test
    void badMonthAndDate() {
        assertThat(text(get("/nl/group/metal?month=2025-13", 400), ".error-message")).contains("'2025-13' is geen maand");
        assertThat(text(get("/en/group/metal?asof=yesterday", 400), ".error-message")).contains("'yesterday' is not a date");
        Document none = get("/nl/group/energy-intensive?month=1999-01", 404);
        assertThat(none.select("a[href=/nl/group/energy-intensive?month=2026-04]")).isNotEmpty();
    }

    @Test
    void february2025AsPublishedThenHasFourMembersFromTheFullTableAndSaysWhyBasicMetalsHasNone() {
        Document doc = get("/nl/group/energy-intensive?month=2025-02&asof=2025-04-10", 200);
        // cbs-85806NED-table-2025-04-10.csv, KalendergecorrigeerdeProductie_14 of 2025 februari
        assertThat(text(doc, "#members tr[data-branch=17] td.yoy")).isEqualTo("+9,8" + NBSP + "%");
        assertThat(text(doc, "#members tr[data-branch=19] td.yoy")).isEqualTo("+9,8" + NBSP + "%");
        assertThat(text(doc, "#members tr[data-branch=20] td.yoy")).isEqualTo(MINUS + "7,1" + NBSP + "%");
        assertThat(text(doc, "#members tr[data-branch=23] td.yoy")).isEqualTo(MINUS + "2,6" + NBSP + "%");
        assertThat(text(doc, "#members tr[data-branch=24] td.yoy")).isEqualTo("geen gegevens");
        // the table holds basic metals only up to November 2009: said plainly, with the release
        assertThat(doc.select("#why-missing li").eachAttr("data-branch")).containsExactly("24");
        assertThat(text(doc, "#why-missing li[data-branch=24]")).startsWith("Basismetaalindustrie: geen jaar-op-jaarcijfer"
                + " voor februari 2025").contains("november 2009").contains("10 april 2025");
        // ... and a lagging rule is not judged on a figure of 2009
        assertThat(text(doc, "#members tr[data-branch=24] td.flags")).doesNotContain("2009");
        // what the long history says of each member in February 2025
        assertThat(text(doc, "#members tr[data-branch=C] td.history")).contains("hoogste sinds december 2023");
        assertThat(text(doc, ".history[data-branch=20]")).contains("81,9").contains("februari 2025")
                .contains("ten opzichte van het gemiddelde van 2021").contains("10 april 2025");
        assertThat(text(doc, ".history[data-branch=24]")).contains("geen seizoengecorrigeerde productie-index");
    }

    @Test
    void theChartReachesBackTo2005AndKeepsTheRangeInItsLinks() throws Exception {
        Document doc = get("/nl/group/energy-intensive?from=2005-01&asof=2025-04-10", 200);
        JsonNode chart = new ObjectMapper().readTree(doc.selectFirst("canvas[data-chart]").attr("data-chart"));
        assertThat(chart.get("labels").get(0).asText()).isEqualTo("2005-01");
        // basic metals is drawn now: its index runs 2005-01 .. 2009-11
        assertThat(chart.get("series")).extracting(s -> s.get("label").asText()).contains("Basismetaalindustrie (24)");
        assertThat(text(doc, "#chart-heading")).isEqualTo("Productie sinds januari 2005");
        assertThat(doc.select("p.ranges a").eachAttr("href")).containsExactly(
                "/nl/group/energy-intensive?from=2005-01&asof=2025-04-10",
                "/nl/group/energy-intensive?from=2015-01&asof=2025-04-10",
                "/nl/group/energy-intensive?asof=2025-04-10");
        assertThat(doc.selectFirst("p.ranges a[aria-current]").text()).isEqualTo("sinds 2005");
        assertThat(doc.selectFirst("form.view-form input[name=from]").attr("value")).isEqualTo("2005-01");
        assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).contains("/nl/group/energy-intensive?from=2005-01");
        assertThat(doc.select("a[href*=energy-intensive.png]").eachAttr("href")).allMatch(h -> h.contains("from=2005-01"));
    }

    @Test
    void everyMemberHasAFigureIn2009SoTheMeanIsCalculated() {
        Document doc = get("/nl/group/energy-intensive?month=2009-06&asof=2025-04-10", 200);
        // (−12.3 − 8.5 − 9.4 − 17.8 − 31.7) / 5 = −15.94, as the table of 2025-04-10 gives them
        assertThat(text(doc, "#mean .figure")).isEqualTo(MINUS + "15,9" + NBSP + "%");
        assertThat(doc.selectFirst("#why-missing")).isNull();
    }

    /** The shared view of a page with a mean, built directly: the mean is its headline, marked as our own. */
    @Test
    void aMeanBecomesTheSharedHeadlineMarkedAsOwnCalculation() {
        java.time.YearMonth month = java.time.YearMonth.of(2026, 2);
        var lagging = new nl.industriemonitor.analysis.lagging.LaggingResults("C", month, List.of());
        var history = new nl.industriemonitor.analysis.HistoryStanding("C", month, null,
                nl.industriemonitor.analysis.HistoryStanding.Extreme.NONE, null, null, null, false, null, null);
        MemberRow total = new MemberRow("C", "Industrie (totaal)", true, null, null, null, null, null, lagging, month, true,
                history, null, null);
        var chart = new nl.industriemonitor.web.ChartData("group-index", List.of(), List.of(), "", null, "");
        GroupPage page = new GroupPage(nl.industriemonitor.web.Lang.NL, nl.industriemonitor.analysis.BranchGroup.ENERGY_INTENSIVE,
                new GroupPage.Text("Energie-intensieve industrie", "", ""), month, GroupIndexChart.START, null, List.of(), total,
                new java.math.BigDecimal("-1.25"), List.of(), null, chart, List.of(), List.of(), List.of(), List.of(), "/en/",
                true, List.of());
        var messages = io.quarkus.qute.i18n.MessageBundles.get(nl.industriemonitor.web.Messages.class,
                io.quarkus.qute.i18n.Localized.Literal.of("nl"));
        var view = GroupShare.of(page, true, java.time.LocalDate.of(2026, 6, 10), messages);
        assertThat(view.headline()).isEqualTo(MINUS + "1,3\u00a0%");
        assertThat(view.headlineLabel()).contains("februari 2026").contains("eigen berekening");
        assertThat(view.description()).contains(MINUS + "1,3\u00a0%").contains("eigen berekening");
        assertThat(view.href()).isEqualTo("/nl/group/energy-intensive?month=2026-02");
        assertThat(view.table().rows()).hasSize(1);
    }
}
