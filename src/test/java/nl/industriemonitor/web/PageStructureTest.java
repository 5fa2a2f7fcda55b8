package nl.industriemonitor.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** What every page owes its readers whatever its content: a strict CSP that holds, and an accessible structure. */
@QuarkusTest
class PageStructureTest {

    static Stream<String> pages() {
        return Stream.of("/nl/", "/en/?month=2025-11&asof=2026-01-09", "/nl/sector/20", "/en/sector/C?measure=yoy_ca",
                "/nl/compare", "/en/compare?sectors=20,21&rebase=2025-09&from=2025-09", "/nl/group/energy-intensive",
                "/en/group/metal", "/nl/revisions?sector=C&month=2025-11&measure=yoy_ca", "/nl/data", "/en/data",
                "/nl/sector/99", "/en/?month=2025-13", "/nl/releases", "/en/releases", "/nl/releases/2026-04-10",
                "/en/releases/2026-03-10", "/nl/releases/2025-07-30", "/nl/releases/2026-04-11",
                "/nl/europe?nace=C20&geo=NL,DE,EU27_2020&from=2023-01", "/en/europe?nace=C17", "/en/europe?geo=XX",
                "/nl/cycle?month=2025-11", "/en/cycle");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void strictContentSecurityPolicyAndNothingInline(String path) {
        Response r = given().get(path);
        assertThat(r.header("Content-Security-Policy")).startsWith("default-src 'self'; script-src 'self'; style-src 'self'");
        Document doc = Jsoup.parse(r.asString());
        assertThat(doc.select("script:not([src])")).as("inline scripts").isEmpty();
        assertThat(doc.select("[style]")).as("style attributes").isEmpty();
        assertThat(doc.select("style")).as("style elements").isEmpty();
        assertThat(doc.select("[onclick], [onload], [onchange], [onsubmit]")).as("inline handlers").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void accessibleStructure(String path) {
        Document doc = Jsoup.parse(given().get(path).asString());
        String lang = path.startsWith("/en/") ? "en" : "nl";
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo(lang);
        assertThat(doc.select("h1")).as("exactly one h1").hasSize(1);
        assertThat(doc.select("header, nav, main, footer")).extracting(Element::tagName).contains("header", "main", "footer");
        int previous = 1;
        for (Element h : doc.select("main h1, main h2, main h3, main h4")) {
            int level = Integer.parseInt(h.tagName().substring(1));
            assertThat(level).as("heading '" + h.text() + "' skips a level").isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        for (Element control : doc.select("input:not([type=hidden]):not([type=submit]), select, textarea")) {
            boolean labelled = !control.id().isEmpty() && !doc.select("label[for=" + control.id() + "]").isEmpty()
                    || control.closest("label") != null || control.hasAttr("aria-label");
            assertThat(labelled).as("label for " + control.outerHtml()).isTrue();
        }
        for (Element canvas : doc.select("canvas")) {
            assertThat(canvas.attr("role")).isEqualTo("img");
            assertThat(canvas.attr("aria-label")).as("text alternative of a chart").isNotBlank();
        }
        for (Element table : doc.select("main table")) {
            assertThat(table.select("th")).as("table headers").isNotEmpty();
        }
    }
}
