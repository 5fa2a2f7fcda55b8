package nl.industriemonitor.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Styles and scripts are linked under names that change with their content and may be kept a year; any
 * other name of a static file is revalidated, so no browser keeps an old copy after a release of the app.
 */
@QuarkusTest
class AssetsTest {

    @Test
    void pagesLinkFingerprintedFilesThatAreImmutable() {
        Document page = Jsoup.parse(given().get("/nl/sector/20").asString());
        String css = page.selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(css).matches("/css/app\\.[0-9a-f]{12}\\.css");
        assertThat(page.select("script[src]").eachAttr("src")).hasSize(4)
                .allMatch(src -> src.matches("/js/[a-z]+\\.[0-9a-f]{12}\\.js|/webjars/chart\\.js/\\d+\\.\\d+\\.\\d+/dist/chart\\.umd\\.js"
                        + "|/webjars/chartjs-plugin-annotation/\\d+\\.\\d+\\.\\d+/dist/chartjs-plugin-annotation\\.min\\.js"));
        for (String href : page.select("script[src]").eachAttr("src")) {
            Response r = given().get(href);
            assertThat(r.statusCode()).as(href).isEqualTo(200);
            assertThat(r.header("Cache-Control")).as(href).isEqualTo(Assets.IMMUTABLE);
        }
        Response style = given().get(css);
        assertThat(style.header("Cache-Control")).isEqualTo(Assets.IMMUTABLE);
        assertThat(style.asString()).isEqualTo(given().get("/css/app.css").asString());
        assertThat(Jsoup.parse(given().get("/embed/nl/sector/20").asString()).selectFirst("link[rel=stylesheet]").attr("href"))
                .isEqualTo(css);
    }

    @Test
    void unversionedNamesAreRevalidated() {
        for (String path : new String[] {"/css/app.css", "/js/charts.js", "/favicon.svg", "/robots.txt",
            "/webjars/chart.js/dist/chart.umd.js", "/webjars/chartjs-plugin-annotation/dist/chartjs-plugin-annotation.min.js",
            "/css/app.000000000000.css"}) {
            Response r = given().get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.header("Cache-Control")).as(path).isEqualTo(Assets.REVALIDATE);
        }
        String lastModified = given().get("/css/app.css").header("Last-Modified");
        assertThat(given().header("If-Modified-Since", lastModified).get("/css/app.css").statusCode()).isEqualTo(304);
    }
}
