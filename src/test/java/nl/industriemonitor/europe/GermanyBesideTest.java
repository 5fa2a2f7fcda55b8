package nl.industriemonitor.europe;

import static nl.industriemonitor.web.Html.get;
import static nl.industriemonitor.web.Html.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The energy-intensive page puts Germany beside the Netherlands from Eurostat where both have figures (paper C17 and
 * chemicals C20 in the bundled files) and names the members Eurostat has none of (19, 23, 24). Expected values are
 * those of sts_inpr_m_C17.csv and sts_inpr_m_C20.csv.
 */
@QuarkusTest
class GermanyBesideTest {

    @Test
    void germanyBesideTheNetherlandsWhereEurostatHasBoth() {
        // the page's month is April 2026; Eurostat's newest month before it is December 2025
        Document doc = get("/nl/group/energy-intensive", 200);
        assertThat(doc.select("#germany-table tbody tr").eachAttr("data-branch")).containsExactly("17", "20");
        assertThat(text(doc, "#germany-table thead")).contains("Nederland december 2025", "Duitsland december 2024");
        assertThat(text(doc, "#germany-table tr[data-branch=17] td.nl")).isEqualTo("98,2");
        assertThat(text(doc, "#germany-table tr[data-branch=17] td.de")).isEqualTo("80,3");
        assertThat(text(doc, "#germany-table tr[data-branch=17] td.de-before")).isEqualTo("80,2");
        assertThat(text(doc, "#germany-table tr[data-branch=20] td.nl")).isEqualTo("78,5");
        assertThat(text(doc, "#germany-table tr[data-branch=20] td.de")).isEqualTo("74,0");
        assertThat(text(doc, "#germany-table tr[data-branch=20] td.nl-before")).isEqualTo("78,9");
        assertThat(text(doc, "#germany")).contains("Bron: Eurostat");
        assertThat(text(doc, "#germany-none")).contains("Eurostat heeft geen cijfers van")
                .contains("(19)").contains("(23)").contains("(24)").doesNotContain("(20)").doesNotContain("(17)");
        assertThat(doc.select("#germany-table a[href=/nl/europe?nace=C20&geo=NL,DE,EU27_2020]")).hasSize(1);
    }

    @Test
    void anEarlierMonthTakesEurostatsFiguresOfThatMonth() {
        Document doc = get("/en/group/energy-intensive?month=2025-06", 200);
        assertThat(text(doc, "#germany-table tr[data-branch=20] td.de")).isEqualTo("78.0");
        assertThat(text(doc, "#germany-table tr[data-branch=20] td.de-before")).isEqualTo("84.5");
        assertThat(text(doc, "#germany-none")).contains("Eurostat has no figures of");
    }

    @Test
    void beforeEurostatsReleaseThePageSaysItHasNothing() {
        Document doc = get("/nl/group/energy-intensive?asof=2026-01-09", 200);
        assertThat(doc.select("#germany-table")).isEmpty();
        assertThat(text(doc, "#germany-nothing")).contains("geen cijfers van Nederland en Duitsland");
    }
}
