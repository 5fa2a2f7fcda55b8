package nl.industriemonitor.compare;

import static nl.industriemonitor.web.Html.get;
import static nl.industriemonitor.web.Html.text;
import static nl.industriemonitor.web.Html.MINUS;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ComparePageTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** jsoup's text() gives the no-break space before "%" as a plain space. */
    private static final String NBSP = " ";
    private static final String LAST_QUARTER = "/nl/compare?sectors=20,21&measure=index_sa&from=2025-09&to=2025-12";

    private static String cell(Document doc, String month, String branch) {
        return text(doc, "#compare-table tr[data-month=" + month + "] td[data-branch=" + branch + "]");
    }

    private static JsonNode chart(Document doc) throws Exception {
        Element canvas = doc.selectFirst("canvas[data-chart]");
        assertThat(canvas).isNotNull();
        return JSON.readTree(canvas.attr("data-chart"));
    }

    private static JsonNode series(JsonNode chart, String label) {
        for (JsonNode s : chart.get("series")) {
            if (s.get("label").asText().equals(label)) {
                return s;
            }
        }
        throw new AssertionError("no series " + label + " in " + chart);
    }

    private static List<BigDecimal> values(JsonNode series) {
        List<BigDecimal> values = new ArrayList<>();
        series.get("values").forEach(v -> values.add(v.isNull() ? null : v.decimalValue().stripTrailingZeros()));
        return values;
    }

    private static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v).stripTrailingZeros()).toList();
    }

    @Test
    void defaultComparesTotalChemicalsAndPharmaSince2021() throws Exception {
        Document doc = get("/nl/compare", 200);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(text(doc, "h1")).isEqualTo("Bedrijfstakken vergelijken");
        assertThat(doc.select("#compare-table thead th[data-branch]").eachAttr("data-branch")).containsExactly("C", "20", "21");
        // index_sa of C, 20 and 21 runs from January 2021 to January 2026 (jnj csv, published 2026-03-10)
        List<String> months = doc.select("#compare-table tbody tr").eachAttr("data-month");
        assertThat(months).hasSize(61).startsWith("2021-01").endsWith("2026-01");
        assertThat(cell(doc, "2021-01", "C")).isEqualTo("97,6");
        assertThat(cell(doc, "2021-01", "20")).isEqualTo("99,0");
        assertThat(cell(doc, "2026-01", "21")).isEqualTo("105,2");
        JsonNode chart = chart(doc);
        assertThat(chart.get("labels")).hasSize(61);
        assertThat(chart.get("series")).hasSize(3);
        // total manufacturing is drawn as the dashed reference line
        assertThat(series(chart, "Industrie (totaal) (C)").get("style").asText()).isEqualTo("dashed");
        assertThat(series(chart, "Chemische industrie (20)").get("kind").asText()).isEqualTo("line");
        assertThat(doc.select("#compare-table thead a[href=/nl/sector/20]")).isNotEmpty();
    }

    @Test
    void publishedValuesInTableAndChartEqualTheData() throws Exception {
        Document doc = get(LAST_QUARTER, 200);
        // 20 and 21, production_index_sa from the jnj csv published 2026-03-10
        assertThat(cell(doc, "2025-09", "20")).isEqualTo("80,8");
        assertThat(cell(doc, "2025-10", "20")).isEqualTo("79,3");
        assertThat(cell(doc, "2025-11", "20")).isEqualTo("81,5");
        assertThat(cell(doc, "2025-12", "20")).isEqualTo("77,8");
        assertThat(cell(doc, "2025-09", "21")).isEqualTo("115,0");
        assertThat(cell(doc, "2025-12", "21")).isEqualTo("85,0");
        assertThat(text(doc, "#compare-table tr[data-month=2025-11] th")).isEqualTo("november 2025");
        JsonNode chart = chart(doc);
        assertThat(chart.get("labels").toString()).isEqualTo("[\"2025-09\",\"2025-10\",\"2025-11\",\"2025-12\"]");
        assertThat(values(series(chart, "Chemische industrie (20)"))).isEqualTo(decimals("80.8", "79.3", "81.5", "77.8"));
        assertThat(values(series(chart, "Farmaceutische industrie (21)"))).isEqualTo(decimals("115", "114.6", "104.3", "85"));
        assertThat(doc.selectFirst(".rebased-note")).isNull();
        // where the values come from, per branch
        assertThat(text(doc, "dd[data-branch=20]")).contains("10 maart 2026").contains("Bron: jnj-candidate-assignment csv")
                .contains("4 van de 4 cijfers zijn voorlopig");
        assertThat(doc.select("dt[data-branch=21] a[href=/nl/sector/21]")).isNotEmpty();
    }

    @Test
    void rebasingSetsTheBaseMonthTo100() throws Exception {
        Document doc = get(LAST_QUARTER + "&rebase=2025-09", 200);
        assertThat(cell(doc, "2025-09", "20")).isEqualTo("100,0");
        assertThat(cell(doc, "2025-10", "20")).isEqualTo("98,1");   // 79.3 / 80.8 × 100 = 98.14
        assertThat(cell(doc, "2025-11", "20")).isEqualTo("100,9");  // 81.5 / 80.8 × 100 = 100.87
        assertThat(cell(doc, "2025-12", "20")).isEqualTo("96,3");   // 77.8 / 80.8 × 100 = 96.29
        assertThat(cell(doc, "2025-09", "21")).isEqualTo("100,0");
        assertThat(cell(doc, "2025-10", "21")).isEqualTo("99,7");   // 114.6 / 115 × 100 = 99.65
        assertThat(cell(doc, "2025-11", "21")).isEqualTo("90,7");   // 104.3 / 115 × 100 = 90.70
        assertThat(cell(doc, "2025-12", "21")).isEqualTo("73,9");   // 85 / 115 × 100 = 73.91
        JsonNode chart = chart(doc);
        assertThat(values(series(chart, "Chemische industrie (20)"))).isEqualTo(decimals("100", "98.1", "100.9", "96.3"));
        assertThat(chart.get("yTitle").asText()).isEqualTo("Index (september 2025 = 100)");
        assertThat(text(doc, ".rebased-note")).contains("september 2025 = 100").contains("eigen berekening");
        assertThat(text(doc, "#compare-table caption")).contains("september 2025 = 100");
    }

    @Test
    void aBranchWithoutAValueInTheBaseMonthIsNotDrawn() throws Exception {
        // basic metals (24) has index_sa only up to November 2009: no base value in January 2021
        Document doc = get("/nl/compare?sectors=20,24&from=2025-01&to=2025-03&rebase=2021-01", 200);
        assertThat(doc.select("#compare-table thead th[data-branch]").eachAttr("data-branch")).containsExactly("20");
        assertThat(chart(doc).get("series")).hasSize(1);
        assertThat(text(doc, ".not-rebased[data-branch=24]")).startsWith("Basismetaalindustrie heeft geen gepubliceerde waarde in januari 2021");
        assertThat(doc.selectFirst(".not-rebased a").attr("href")).isEqualTo("/nl/compare?sectors=20,24&from=2025-01&to=2025-03");
    }

    @Test
    void repeatedSectorsEqualTheCommaForm() {
        Document comma = get(LAST_QUARTER, 200);
        Document repeated = get("/nl/compare?sectors=20&sectors=21&measure=index_sa&from=2025-09&to=2025-12", 200);
        assertThat(repeated.selectFirst("#compare-table").outerHtml()).isEqualTo(comma.selectFirst("#compare-table").outerHtml());
        assertThat(repeated.selectFirst("canvas").attr("data-chart")).isEqualTo(comma.selectFirst("canvas").attr("data-chart"));
        Document duplicates = get("/nl/compare?sectors=20,21,20&sectors=21&measure=index_sa&from=2025-09&to=2025-12", 200);
        assertThat(duplicates.selectFirst("#compare-table").outerHtml()).isEqualTo(comma.selectFirst("#compare-table").outerHtml());
    }

    @Test
    void theFormIsLabelledAndShowsTheCurrentChoice() {
        Document doc = get(LAST_QUARTER + "&rebase=2025-09&asof=2026-03-10", 200);
        Element form = doc.selectFirst("form#compare-form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/nl/compare");
        for (Element control : form.select("input:not([type=hidden]), select")) {
            assertThat(form.select("label[for=" + control.id() + "]")).as("label of " + control.id()).hasSize(1);
        }
        assertThat(form.selectFirst("fieldset legend")).isNotNull();
        assertThat(form.selectFirst("#sector-20").hasAttr("checked")).isTrue();
        assertThat(form.selectFirst("#sector-21").hasAttr("checked")).isTrue();
        assertThat(form.selectFirst("#sector-C").hasAttr("checked")).isFalse();
        assertThat(text(doc, "label[for=sector-20]")).isEqualTo("Chemische industrie 20");
        assertThat(form.selectFirst("#measure option[selected]").val()).isEqualTo("index_sa");
        assertThat(form.select("#measure option").eachAttr("value")).containsExactly("index_sa", "index", "yoy_ca", "mom_sa");
        assertThat(form.selectFirst("#from").attr("type")).isEqualTo("month");
        assertThat(form.selectFirst("#from").val()).isEqualTo("2025-09");
        assertThat(form.selectFirst("#to").val()).isEqualTo("2025-12");
        assertThat(form.selectFirst("#rebase").val()).isEqualTo("2025-09");
        assertThat(form.selectFirst("input[type=hidden][name=asof]").val()).isEqualTo("2026-03-10");
        assertThat(form.selectFirst("button[type=submit]")).isNotNull();
        // without a chosen end month the field stays empty and says which month is used
        Document open = get("/nl/compare", 200);
        assertThat(open.selectFirst("#to").val()).isEmpty();
        assertThat(open.selectFirst("input[name=asof]")).isNull();
        assertThat(text(open, "#to-hint")).contains("januari 2026");
    }

    @Test
    void englishPage() throws Exception {
        Document doc = get("/en/compare?sectors=20,21&measure=yoy_ca&from=2025-09&to=2025-12", 200);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(text(doc, "h1")).isEqualTo("Compare branches");
        assertThat(text(doc, "#compare-table tr[data-month=2025-09] th")).isEqualTo("September 2025");
        assertThat(cell(doc, "2025-09", "20")).isEqualTo(MINUS + "1.9%");
        assertThat(cell(doc, "2025-12", "21")).isEqualTo(MINUS + "18.2%");
        assertThat(text(doc, "#results-heading")).startsWith("Output compared with a year earlier");
        assertThat(values(series(chart(doc), "Chemicals (20)"))).isEqualTo(decimals("-1.9", "-3.3", "0", "-3.1"));
        assertThat(text(doc, "label[for=measure]")).isEqualTo("Measure");
        // RestAssured sends the comma encoded; the link keeps the query as it came
        assertThat(java.net.URLDecoder.decode(doc.selectFirst("nav.site-nav a[hreflang]").attr("href"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("/nl/compare?sectors=20,21&measure=yoy_ca&from=2025-09&to=2025-12");
    }

    @Test
    void asOfShowsTheValuesAsPublishedThen() {
        String path = "/nl/compare?sectors=20&measure=yoy_ca&from=2025-09&to=2025-12";
        Document then = get(path + "&asof=2026-01-09", 200);
        // first release of November 2025: chemicals -0.7; later revised to 0
        assertThat(cell(then, "2025-11", "20")).isEqualTo(MINUS + "0,7" + NBSP + "%");
        assertThat(cell(then, "2025-09", "20")).isEqualTo(MINUS + "3,6" + NBSP + "%");
        assertThat(cell(then, "2025-12", "20")).isEqualTo("geen gegevens");
        assertThat(text(then, ".asof")).contains("9 januari 2026");
        Document now = get(path, 200);
        assertThat(cell(now, "2025-11", "20")).isEqualTo("0,0" + NBSP + "%");
        assertThat(cell(now, "2025-09", "20")).isEqualTo(MINUS + "1,9" + NBSP + "%");
    }

    @Test
    void badInput() {
        assertThat(text(get("/nl/compare?sectors=99", 404), ".error-message")).contains("'99'");
        assertThat(text(get("/nl/compare?measure=foo", 400), ".error-message")).contains("'foo'");
        assertThat(text(get("/nl/compare?from=2025-13", 400), ".error-message")).contains("'2025-13'");
        assertThat(text(get("/nl/compare?from=2025-12&to=2025-01", 400), ".error-message"))
                .isEqualTo("De beginmaand december 2025 ligt na de eindmaand januari 2025; kies een begin dat niet later is dan het eind.");
        assertThat(text(get("/en/compare?measure=yoy_ca&rebase=2021-01", 400), ".error-message"))
                .startsWith("Rebasing applies to indices only");
        Document tooMany = get("/nl/compare?sectors=C,10,11,13,14,15,16,17,18", 400);
        assertThat(text(tooMany, ".error-message")).isEqualTo("Kies hoogstens 8 bedrijfstakken; dit zijn er 9.");
        assertThat(tooMany.select("a[href=/nl/compare]")).isNotEmpty();
        get("/nl/compare?sectors=,", 400);
        get("/nl/compare?asof=gisteren", 400);
        get("/nl/compare?from=1900-01&to=2026-01", 400);
    }
}
