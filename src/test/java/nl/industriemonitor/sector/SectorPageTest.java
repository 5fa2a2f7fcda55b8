package nl.industriemonitor.sector;

import static nl.industriemonitor.web.Html.get;
import static nl.industriemonitor.web.Html.text;
import static nl.industriemonitor.web.Html.NBSP;
import static nl.industriemonitor.web.Html.MINUS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The branch page against the bundled real data (cbs-85806NED-monthly.csv). */
@QuarkusTest
class SectorPageTest {

    private static JsonNode chart(Document doc) throws Exception {
        Element canvas = doc.selectFirst("canvas[data-chart]");
        assertThat(canvas).isNotNull();
        return new ObjectMapper().readTree(canvas.attr("data-chart"));
    }

    private static List<String> csvLines(String path) {
        return io.restassured.RestAssured.get(path).then().statusCode(200).extract().asString().lines().toList();
    }

    private static List<String> labels(JsonNode chart) {
        List<String> labels = new ArrayList<>();
        chart.get("labels").forEach(l -> labels.add(l.asText()));
        return labels;
    }

    @Test
    void chemicalsChartHasTheBranchAgainstTotalIndustry() throws Exception {
        Document doc = get("/nl/sector/20", 200);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(text(doc, "h1")).isEqualTo("Chemische industrie 20 energie-intensief");
        JsonNode chart = chart(doc);
        List<String> labels = labels(chart);
        // from the default 2021-01 to the last month with a seasonally adjusted index of chemicals
        assertThat(labels.get(0)).isEqualTo("2021-01");
        assertThat(labels.get(labels.size() - 1)).isEqualTo("2026-01");
        int nov = labels.indexOf("2025-11");
        JsonNode own = chart.get("series").get(0);
        JsonNode total = chart.get("series").get(1);
        assertThat(own.get("label").asText()).isEqualTo("Chemische industrie");
        assertThat(own.get("values").get(nov).decimalValue()).isEqualByComparingTo("81.5");
        assertThat(own.get("values").get(0).decimalValue()).isEqualByComparingTo("99");
        assertThat(total.get("style").asText()).isEqualTo("dashed");
        assertThat(total.get("label").asText()).isEqualTo("Industrie (totaal)");
        assertThat(chart.get("yTitle").asText()).isEqualTo("Index (2021 = 100)");
        assertThat(total.get("values").get(nov).decimalValue()).isEqualByComparingTo("103.8");
        // the table after the chart holds the same numbers
        assertThat(text(doc, "#chart-table tr[data-month=2025-11] td.branch")).isEqualTo("81,5");
        assertThat(text(doc, "#chart-table tr[data-month=2025-11] td.total")).isEqualTo("103,8");
        assertThat(doc.select("#chart-table tbody tr")).hasSize(labels.size());
    }

    @Test
    void latestFiguresCarryTheirMonthReleaseAndSource() {
        Document doc = get("/nl/sector/20", 200);
        assertThat(text(doc, "#latest-yoy dt")).endsWith("februari 2026");
        assertThat(text(doc, "#latest-yoy .figure")).isEqualTo(MINUS + "9,5" + NBSP + "%");
        assertThat(text(doc, "#latest-yoy .release")).contains("10 april 2026").contains("cbs.nl news en 2026/15");
        assertThat(text(doc, "#latest-yoy")).contains("voorlopig");
        assertThat(text(doc, "#latest-mom dt")).endsWith("april 2026");
        assertThat(text(doc, "#latest-mom .figure")).isEqualTo("+0,2" + NBSP + "%");
        assertThat(text(doc, "#latest-mom .release")).contains("10 juni 2026");
    }

    @Test
    void rulesSayTheirOutcomeMonthAndNumbers() {
        Document doc = get("/nl/sector/20", 200);
        // average index_sa Nov 2025 - Jan 2026: (81.5 + 77.8 + 76.3) / 3 = 78.53
        Element below2021 = doc.selectFirst("#rules tr[data-rule=below-2021]");
        assertThat(below2021.selectFirst(".flag[data-rule=below-2021]").text()).isEqualTo("geldt");
        assertThat(below2021.selectFirst("td.judged").text()).isEqualTo("januari 2026");
        assertThat(below2021.selectFirst("td.reason").text()).contains("78,5 (2021 = 100)");
        // February 2026: chemicals -9.5 against total -0.7 as published alongside
        Element belowTotal = doc.selectFirst("#rules tr[data-rule=below-total]");
        assertThat(belowTotal.selectFirst(".flag")).isNotNull();
        assertThat(belowTotal.selectFirst("td.reason").text())
                .contains(MINUS + "9,5" + NBSP + "%").contains(MINUS + "0,7" + NBSP + "%");
        assertThat(belowTotal.selectFirst("td.judged").text()).isEqualTo("februari 2026");
        // April 2026: +0.2 month on month, so no streak
        Element streak = doc.selectFirst("#rules tr[data-rule=losing-streak]");
        assertThat(streak.selectFirst(".flag")).isNull();
        assertThat(streak.selectFirst("td.outcome").text()).isEqualTo("geldt niet");
        assertThat(streak.selectFirst("td.judged").text()).isEqualTo("april 2026");
    }

    @Test
    void dataTableCoverageAndRevisionsShowThePublishedFigures() {
        Document doc = get("/nl/sector/20", 200);
        Element nov = doc.selectFirst("#data tr[data-month=2025-11]");
        assertThat(nov.selectFirst("td[data-measure=index]").text()).isEqualTo("geen gegevens");
        assertThat(nov.selectFirst("td[data-measure=index]").hasClass("missing")).isTrue();
        assertThat(nov.selectFirst("td[data-measure=index_sa]").hasClass("missing")).isFalse();
        assertThat(nov.selectFirst("td[data-measure=index_sa]").text()).isEqualTo("81,5");
        assertThat(nov.selectFirst("td[data-measure=yoy_ca]").text()).isEqualTo("0,0" + NBSP + "%");
        assertThat(nov.selectFirst("td[data-measure=mom_sa]").text()).isEqualTo("+2,9" + NBSP + "%");
        assertThat(nov.selectFirst("td[data-measure=turnover_yoy]").text()).isEqualTo("geen gegevens");
        assertThat(nov.selectFirst("td.status").text()).isEqualTo("voorlopig");
        List<String> months = doc.select("#data tbody tr").eachAttr("data-month");
        assertThat(months.get(0)).isEqualTo("2026-04");
        // the data table follows the chart's period: since 2021 unless the link says otherwise
        assertThat(months).contains("2024-03", "2021-01").doesNotContain("2020-12");
        assertThat(text(doc, "#data caption")).contains("Bron: CBS").contains("laatste publicatie");
        assertThat(text(doc, "#sources")).contains("10 april 2026: cbs.nl news en 2026/15 (Feb 2026 release)");

        Element coverage = doc.selectFirst("#coverage tr[data-measure=index_sa]");
        // 2005-01 .. 2025-02 from the table of 2025-04-10, then to 2026-01 from the jnj csv
        assertThat(coverage.text()).contains("januari 2005").contains("januari 2026").endsWith("253");

        Element revision = doc.selectFirst("#revisions tr[data-month=2025-11][data-measure=yoy_ca]");
        assertThat(revision.selectFirst("td.first .figure").text()).isEqualTo(MINUS + "0,7" + NBSP + "%");
        assertThat(revision.selectFirst("td.first .release").text()).contains("9 januari 2026");
        assertThat(revision.selectFirst("td.latest .figure").text()).isEqualTo("0,0" + NBSP + "%");
        assertThat(revision.selectFirst("td.latest .release").text()).contains("10 maart 2026");
        assertThat(revision.selectFirst("td.difference").text()).isEqualTo("+0,7");
        assertThat(revision.selectFirst("a").attr("href")).isEqualTo("/nl/revisions?sector=20&month=2025-11&measure=yoy_ca");
    }

    @Test
    void asOfShowsTheFiguresAsPublishedThen() throws Exception {
        Document doc = get("/nl/sector/20?asof=2026-01-09", 200);
        assertThat(text(doc, ".asof")).contains("9 januari 2026");
        assertThat(text(doc, "#latest-yoy .figure")).isEqualTo(MINUS + "0,7" + NBSP + "%");
        assertThat(text(doc, "#latest-yoy dt")).endsWith("november 2025");
        assertThat(text(doc, "#latest-mom .figure")).isEqualTo("+0,1" + NBSP + "%");
        assertThat(text(doc, "#data tr[data-month=2025-11] td[data-measure=yoy_ca]")).isEqualTo(MINUS + "0,7" + NBSP + "%");
        assertThat(doc.select("#data tr[data-month=2026-01]")).isEmpty();
        assertThat(text(doc, "#data caption")).contains("9 januari 2026");
        // the latest seasonally adjusted index published by then is that of February 2025 (table of 2025-04-10)
        List<String> labels = labels(chart(doc));
        assertThat(labels.get(0)).isEqualTo("2021-01");
        assertThat(labels.get(labels.size() - 1)).isEqualTo("2025-02");
        assertThat(doc.select("#chart-alternatives")).isEmpty();
        assertThat(doc.select("#revisions tr[data-month=2025-11][data-measure=yoy_ca]")).isEmpty();
        assertThat(doc.selectFirst("form input[type=hidden][name=asof]").attr("value")).isEqualTo("2026-01-09");
        assertThat(doc.selectFirst("#rules tr[data-rule=below-2021] td.judged").text()).isEqualTo("februari 2025");
    }

    @Test
    void measureAndFromChooseTheChart() throws Exception {
        Document doc = get("/nl/sector/20?measure=yoy_ca&from=2025-01", 200);
        JsonNode chart = chart(doc);
        List<String> labels = labels(chart);
        assertThat(labels.get(0)).isEqualTo("2025-01");
        assertThat(labels.get(labels.size() - 1)).isEqualTo("2026-02");
        int nov = labels.indexOf("2025-11");
        assertThat(chart.get("series").get(0).get("values").get(nov).decimalValue()).isEqualByComparingTo("0");
        // total manufacturing November 2025, latest release (10 April 2026): -0.3
        assertThat(chart.get("series").get(1).get("values").get(nov).decimalValue()).isEqualByComparingTo("-0.3");
        assertThat(text(doc, "#chart-table tr[data-month=2025-11] td.total")).isEqualTo(MINUS + "0,3" + NBSP + "%");
        assertThat(doc.selectFirst("select[name=measure] option[selected]").attr("value")).isEqualTo("yoy_ca");
        assertThat(doc.selectFirst("input[name=from]").attr("value")).isEqualTo("2025-01");
        assertThat(doc.select("label[for=measure]")).isNotEmpty();
        assertThat(doc.select("label[for=from]")).isNotEmpty();
        assertThat(doc.select("input[name=asof]")).isEmpty();
        // before the branch's first figure there is nothing to draw; after its last, no chart at all
        assertThat(labels(chart(get("/nl/sector/20?from=1990-01", 200))).get(0)).isEqualTo("2005-01");
        Document late = get("/nl/sector/20?from=2030-01", 200);
        assertThat(late.select("canvas[data-chart]:not(#europe-chart)")).isEmpty();
        assertThat(text(late, "#chart-heading ~ p.nodata")).contains("januari 2030");
    }

    @Test
    void englishPage() {
        Document doc = get("/en/sector/20?asof=2026-03-10", 200);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(text(doc, "h1")).isEqualTo("Chemicals 20 energy-intensive");
        assertThat(text(doc, "#latest-heading")).isEqualTo("Latest figures");
        assertThat(text(doc, "#latest-mom .figure")).isEqualTo(MINUS + "1.8%");
        assertThat(text(doc, "#rules tr[data-rule=below-2021] td.outcome")).isEqualTo("holds");
        assertThat(text(doc, "#rules tr[data-rule=below-2021] td.judged")).isEqualTo("January 2026");
        assertThat(text(doc, "#data tr[data-month=2025-11] td[data-measure=index]")).isEqualTo("no data");
        assertThat(doc.selectFirst("nav.site-nav a[hreflang]").attr("href")).isEqualTo("/nl/sector/20?asof=2026-03-10");
        assertThat(doc.selectFirst("#revisions a").attr("href")).startsWith("/en/revisions?sector=20&");
    }

    @Test
    void totalIndustryHasNoReferenceAndBelowTotalDoesNotApply() throws Exception {
        Document doc = get("/nl/sector/C", 200);
        assertThat(text(doc, "h1")).isEqualTo("Industrie (totaal) C");
        assertThat(chart(doc).get("series")).hasSize(1);
        assertThat(doc.select("#chart-table td.total")).isEmpty();
        assertThat(text(doc, "#rules tr[data-rule=below-total] td.outcome")).isEqualTo("niet van toepassing");
    }

    @Test
    void otherCodesExist() {
        assertThat(text(get("/nl/sector/26-27", 200), "h1")).contains("26-27");
        Document group = get("/en/sector/consumentenartikelen", 200);
        assertThat(text(group, "h1")).isEqualTo("Manufacture of consumer goods");
    }

    @Test
    void unknownBranchIsA404PageWithLinks() {
        Document doc = get("/nl/sector/99", 404);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(text(doc, ".error-message")).isEqualTo("Bedrijfstak '99' bestaat niet in de gegevens.");
        assertThat(doc.select("a[href=/nl/]")).isNotEmpty();
        assertThat(doc.select("a[href=/nl/data]")).isNotEmpty();
    }

    @Test
    void badParametersAre400Pages() {
        assertThat(text(get("/nl/sector/20?measure=foo", 400), ".error-message")).contains("'foo'").contains("index_sa");
        assertThat(text(get("/nl/sector/20?from=2025-13", 400), ".error-message")).contains("'2025-13' is geen maand");
        assertThat(text(get("/en/sector/20?asof=yesterday", 400), ".error-message")).contains("'yesterday'");
    }

    @Test
    void basicMetalsWithFewMonthsSayNoDataAndInventNothing() {
        Document doc = get("/nl/sector/24", 200);
        // only month-on-month changes are bundled for basic metals: no index, so no chart
        assertThat(doc.select("canvas[data-chart]")).isEmpty();
        assertThat(doc.select("#chart-alternatives a").eachAttr("href")).containsExactly("/nl/sector/24?measure=mom_sa");
        assertThat(text(doc, "#latest-yoy")).contains("geen gegevens");
        assertThat(text(doc, "#latest-mom .figure")).isEqualTo("+0,2" + NBSP + "%");
        for (String rule : List.of("below-total", "falling-trend", "below-2021")) {
            Element row = doc.selectFirst("#rules tr[data-rule=" + rule + "]");
            assertThat(row.selectFirst("td.outcome").text()).as(rule).isEqualTo("geen gegevens");
            // names what is missing, prints no number (a decimal comma would be one)
            assertThat(row.selectFirst("td.reason").text()).as(rule).startsWith("Ontbreekt:").doesNotContainPattern("\\d,\\d");
            assertThat(row.select(".figure")).as(rule).isEmpty();
        }
        assertThat(text(doc, "#rules tr[data-rule=below-total] td.reason"))
                .contains("Basismetaalindustrie, april 2026: Productie t.o.v. een jaar eerder");
        assertThat(text(doc, "#rules tr[data-rule=below-2021] td.reason"))
                .contains("februari 2026").contains("maart 2026").contains("april 2026");
        assertThat(doc.select("#rules .flag")).isEmpty();
        Element jan = doc.selectFirst("#data tr[data-month=2026-01]");
        assertThat(jan.selectFirst("td[data-measure=mom_sa]").text()).isEqualTo(MINUS + "13,8" + NBSP + "%");
        assertThat(jan.selectFirst("td[data-measure=index_sa]").text()).isEqualTo("geen gegevens");
        assertThat(doc.select("#data tr[data-month=2025-03]")).isEmpty();
        Element revision = doc.selectFirst("#revisions tr[data-month=2026-01][data-measure=mom_sa]");
        assertThat(revision.selectFirst("td.first .figure").text()).isEqualTo(MINUS + "14,0" + NBSP + "%");
        assertThat(revision.selectFirst("td.difference").text()).isEqualTo("+0,2");
        // the table of 2025-04-10 holds basic metals only up to November 2009
        assertThat(text(doc, "#coverage tr[data-measure=index_sa]")).contains("januari 2005").contains("november 2009")
                .endsWith("59");
    }

    @Test
    void chemicalsSince2005ShowTheFirstMonthAsInTheTable() throws Exception {
        Document doc = get("/nl/sector/20?from=2005-01", 200);
        List<String> labels = labels(chart(doc));
        assertThat(labels.get(0)).isEqualTo("2005-01");
        assertThat(text(doc, "#chart-table tr[data-month=2005-01] td.branch")).isEqualTo("88,6");
        Element first = doc.selectFirst("#data tr[data-month=2005-01]");
        assertThat(first.selectFirst("td[data-measure=index]").text()).isEqualTo("83,3");
        assertThat(first.selectFirst("td[data-measure=index_sa]").text()).isEqualTo("88,6");
        assertThat(first.selectFirst("td.status").text()).isEmpty();
        assertThat(text(doc, "#sources")).contains("CBS 85806NED table download 2025-04-22");
        // the choice of period keeps the other parameters; the default period is left out of its link
        assertThat(doc.select("p.ranges a").eachAttr("href"))
                .containsExactly("/nl/sector/20?from=2005-01", "/nl/sector/20?from=2015-01", "/nl/sector/20");
        assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).endsWith("/nl/sector/20?from=2005-01");
        assertThat(csvLines("/nl/sector/20.csv?from=2005-01")).anyMatch(l -> l.startsWith("2005-01,88.6,"));
    }

    @Test
    void paperSince2005ChartsAndTablesEveryMonth() throws Exception {
        Document doc = get("/nl/sector/17?from=2005-01", 200);
        List<String> labels = labels(chart(doc));
        // every month 2005-01 .. 2025-02: 242, each with its published index
        assertThat(labels).hasSize(242);
        assertThat(labels.get(0)).isEqualTo("2005-01");
        assertThat(doc.select("#chart-table tbody tr")).hasSize(242);
        assertThat(doc.select("#chart-table td.branch.missing")).isEmpty();
        assertThat(doc.select("#data tbody tr").eachAttr("data-month")).contains("2005-01", "2014-06", "2025-02");
    }

    @Test
    void chemicalsInDecember2024WereAtTheirLowestSinceMarch2009() {
        Document doc = get("/nl/sector/20?month=2024-12&asof=2025-04-10", 200);
        String history = text(doc, ".history[data-branch=20]");
        assertThat(history).contains("december 2024").contains("79,0").contains("het laagste niveau sinds maart 2009 (77,7)")
                .contains("gemiddelde van 2021").contains("release van 10 april 2025");
        // the month also sets the headline and the rules
        assertThat(text(doc, "#latest-yoy dt")).endsWith("december 2024");
        assertThat(text(doc, "#rules tr[data-rule=below-2021] td.judged")).isEqualTo("december 2024");
        assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).contains("month=2024-12");
        assertThat(doc.selectFirst("form.chart-form input[name=month]").attr("value")).isEqualTo("2024-12");
        Document en = get("/en/sector/20?month=2024-12&asof=2025-04-10", 200);
        assertThat(text(en, ".history[data-branch=20]")).contains("79.0 in December 2024")
                .contains("the lowest since March 2009 (77.7)").contains("release of 10 April 2025");
    }
}
