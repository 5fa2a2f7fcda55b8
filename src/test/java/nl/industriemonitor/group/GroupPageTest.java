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
        assertThat(chart.get("series")).hasSize(2);
        JsonNode chemicals = chart.get("series").get(0);
        assertThat(chemicals.get("label").asText()).isEqualTo("Chemische industrie (20)");
        assertThat(chemicals.get("values").get(0).decimalValue()).isEqualByComparingTo("99");
        JsonNode total = chart.get("series").get(1);
        assertThat(total.get("style").asText()).isEqualTo("dashed");
        assertThat(total.get("values").get(0).decimalValue()).isEqualByComparingTo("97.6");
        assertThat(text(doc, "#index-table tr[data-month=2021-01]")).isEqualTo("januari 2021 99,0 97,6");
        assertThat(text(doc, "#index-table tr[data-month=2026-01]")).isEqualTo("januari 2026 76,3 104,5");
        assertThat(doc.select("#index-table tbody tr")).hasSize(chart.get("labels").size());
        assertThat(text(doc, "#without-index")).contains("Papierindustrie (17)").contains("Basismetaalindustrie (24)");
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

    /**
     * No group in the bundled data has a mean (paper and basic metals never have a yoy_ca), so the
     * shared view of a page with one is built directly: the mean is its headline, marked as our own.
     */
    @Test
    void aMeanBecomesTheSharedHeadlineMarkedAsOwnCalculation() {
        java.time.YearMonth month = java.time.YearMonth.of(2026, 2);
        var lagging = new nl.industriemonitor.analysis.lagging.LaggingResults("C", month, List.of());
        MemberRow total = new MemberRow("C", "Industrie (totaal)", true, null, null, null, null, null, lagging, month, true);
        var chart = new nl.industriemonitor.web.ChartData("group-index", List.of(), List.of(), "", null, "");
        GroupPage page = new GroupPage(nl.industriemonitor.web.Lang.NL, nl.industriemonitor.analysis.BranchGroup.ENERGY_INTENSIVE,
                new GroupPage.Text("Energie-intensieve industrie", "", ""), month, null, List.of(), total,
                new java.math.BigDecimal("-1.25"), List.of(), null, chart, List.of(), List.of(), List.of(), List.of(), "/en/");
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
