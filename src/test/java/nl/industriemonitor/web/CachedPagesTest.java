package nl.industriemonitor.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A repeated view is served from memory with the same bytes and headers; a revalidation is a 304. */
@QuarkusTest
class CachedPagesTest {

    @Test
    void aRepeatIsTheSamePageAndARevalidationIsA304() {
        String url = "/nl/sector/21?measure=yoy_ca";
        Response first = given().get(url);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(first.header("Last-Modified")).endsWith("GMT");

        Response second = given().get(url);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.asString()).isEqualTo(first.asString());
        // the first answer sends the bytes made for the cache: the same bytes, the same UTF-8 declaration
        assertThat(second.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(first.header("Content-Type")).isEqualToIgnoringWhitespace("text/html;charset=UTF-8");
        assertThat(first.asString()).contains("\u2212"); // a minus sign: the page is not Latin-1 only
        assertThat(second.header("ETag")).isEqualTo(etag);
        assertThat(second.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(second.header("Content-Security-Policy")).isEqualTo(first.header("Content-Security-Policy"))
                .contains("frame-ancestors 'none'");

        Response revalidated = given().header("If-None-Match", etag).get(url);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.asString()).isEmpty();
        assertThat(given().header("If-None-Match", "\"other\"").get(url).statusCode()).isEqualTo(200);
    }

    @Test
    void embedsDownloadsAndPagesOfOneViewAreCachedApart() {
        assertThat(given().get("/nl/sector/20").header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        for (int i = 0; i < 2; i++) {
            Response embed = given().get("/embed/nl/sector/20");
            assertThat(embed.header("Content-Security-Policy")).contains("frame-ancestors *");
            assertThat(embed.header("X-Frame-Options")).isNull();
            Response csv = given().get("/nl/sector/20.csv");
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.asString()).startsWith("# title:");
        }
    }

    @Test
    void errorPagesAreNotCachedNorValidated() {
        Response missing = given().get("/nl/sector/99");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.header("ETag")).isNull();
        assertThat(given().get("/nl/sector/99").statusCode()).isEqualTo(404);
    }

    @Test
    void pagesTravelCompressedWhenTheBrowserAcceptsIt() {
        Response r = given().header("Accept-Encoding", "gzip").get("/nl/data");
        assertThat(r.header("Content-Encoding")).isEqualTo("gzip");
    }
}
