package nl.industriemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What caches and browsers rely on: weak validators shared by the compressed and plain forms (with Vary),
 * If-None-Match with lists and {@code *}, If-Modified-Since, HEAD from the cache with its validators, 405 for
 * methods that change things, and one cache entry per view however its address is spelled.
 */
@QuarkusTest
class HttpSemanticsTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    PageCache cache;

    @Inject
    nl.industriemonitor.freshness.FreshnessService freshness;

    @Test
    void revalidationsTakeWeakTagsListsStarAndDates() throws Exception {
        Wire wire = new Wire(base);
        String url = "/nl/sector/10?measure=index";
        Wire.Answer first = wire.send("GET", url);
        String etag = first.header("etag");
        assertThat(etag).startsWith("W/\"");
        assertThat(first.header("vary")).contains("Accept-Encoding");
        String opaque = etag.substring(2);
        for (String inm : new String[] {etag, opaque, "\"x\", " + etag, "\"a\",\"b\" , " + opaque, "*"}) {
            Wire.Answer again = wire.send("GET", url, "If-None-Match: " + inm);
            assertThat(again.status()).as(inm).isEqualTo(304);
            assertThat(again.header("etag")).isEqualTo(etag);
            assertThat(again.header("vary")).contains("Accept-Encoding");
        }
        assertThat(wire.send("GET", url, "If-None-Match: \"x\", W/\"y\"").status()).isEqualTo(200);
        String lastModified = first.header("last-modified");
        assertThat(wire.send("GET", url, "If-Modified-Since: " + lastModified).status()).isEqualTo(304);
        assertThat(wire.send("GET", url, "If-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT").status()).isEqualTo(200);
        // If-None-Match wins over If-Modified-Since
        assertThat(wire.send("GET", url, "If-None-Match: \"x\"", "If-Modified-Since: " + lastModified).status())
                .isEqualTo(200);
        Wire.Answer gzip = wire.send("GET", url, "Accept-Encoding: gzip");
        assertThat(gzip.header("content-encoding")).isEqualTo("gzip");
        assertThat(gzip.header("etag")).isEqualTo(etag);
    }

    @Test
    void headIsAnsweredFromTheCacheWithItsValidators() throws Exception {
        Wire wire = new Wire(base);
        for (String url : new String[] {"/nl/sector/17", "/en/data", "/nl/sector/17.csv"}) {
            Wire.Answer head = wire.send("HEAD", url);
            assertThat(head.status()).isEqualTo(200);
            Wire.Answer get = wire.send("GET", url);
            Wire.Answer headAgain = wire.send("HEAD", url);
            for (Wire.Answer h : new Wire.Answer[] {head, headAgain}) {
                assertThat(h.header("etag")).as(url).isEqualTo(get.header("etag"));
                assertThat(h.header("last-modified")).isEqualTo(get.header("last-modified"));
                assertThat(h.header("content-type")).isEqualTo(get.header("content-type"));
                assertThat(h.header("content-security-policy")).isNotNull();
            }
            assertThat(wire.send("HEAD", url, "If-None-Match: " + get.header("etag")).status()).isEqualTo(304);
        }
    }

    @Test
    void methodsThatChangeThingsGet405() throws Exception {
        Wire wire = new Wire(base);
        for (String method : new String[] {"PUT", "DELETE", "PATCH", "POST"}) {
            for (String url : new String[] {"/nl/sector/20", "/en/", "/embed/nl/sector/20", "/nl/sector/20.png"}) {
                Wire.Answer answer = wire.send(method, url, "Content-Length: 0");
                assertThat(answer.status()).as(method + " " + url).isEqualTo(405);
                assertThat(answer.header("allow")).isEqualTo("GET, HEAD");
            }
        }
    }

    @Test
    void ignoredParametersAndOtherSpellingsNeverAddAnEntry() throws Exception {
        Wire wire = new Wire(base);
        String canonical = wire.send("GET", "/nl/compare?sectors=C,24").body();
        wire.send("GET", "/nl/sector/24");
        wire.send("GET", "/nl/sector/24.png");
        long before = cache.weight();
        for (int i = 0; i < 150; i++) {
            String[] spellings = {"/nl/sector/24?n=" + i, "/nl/sector/24.png?utm_source=" + i,
                "/nl/compare?sectors=24,C&x" + i + "=1", "/nl/compare?sectors=24&sectors=C&from=2021-01&to=&p=" + i};
            for (String url : spellings) {
                Wire.Answer answer = wire.send("GET", url);
                assertThat(answer.status()).as(url).isEqualTo(200);
            }
        }
        assertThat(cache.weight()).as("bytes in the page cache").isEqualTo(before);
        // the page served for another spelling is the canonical one, links and all
        assertThat(wire.send("GET", "/nl/compare?sectors=24,C&junk=1").body()).isEqualTo(canonical);
    }

    @Test
    void anotherSpellingAskedForAgainIsServedFromMemory() throws Exception {
        Wire wire = new Wire(base);
        String canonical = wire.send("GET", "/nl/compare?sectors=C,28").body();
        String spelled = "/nl/compare?sectors=28,C&measure=index_sa&from=2021-01";
        // a key starts with the state of the freshness notice when the page shows one (PublicUrl.cacheKey)
        String stamp = freshness.stamp();
        String key = (stamp.isEmpty() ? "" : stamp + " ") + "http://" + base.getHost() + ":" + base.getPort() + spelled;
        assertThat(cache.getByAlias(key)).as("before it was asked for").isEmpty();

        assertThat(wire.send("GET", spelled).body()).isEqualTo(canonical);

        // the next request spelled so is a hit on the canonical entry, without a render
        assertThat(cache.getByAlias(key)).isPresent();
        assertThat(wire.send("GET", spelled).body()).isEqualTo(canonical);
    }

    @Test
    void futureAndAbsurdMonthsAreRefused() throws Exception {
        Wire wire = new Wire(base);
        for (String url : new String[] {"/nl/compare?sectors=20,24&from=%2B999999999-12",
            "/nl/compare.csv?sectors=20,24&from=%2B999999999-12", "/nl/compare.json?sectors=20,24&from=%2B999999999-12",
            "/nl/compare.png?sectors=20,24&from=%2B999999999-12", "/embed/nl/compare?sectors=20,24&from=%2B999999999-12",
            "/nl/compare?sectors=20&to=2042-09", "/nl/compare?sectors=29-30,15,11,17,24,19,21,31&from=1981-03&to=2031-02",
            "/nl/sector/20?from=%2B999999999-12", "/nl/?asof=2999-01-01", "/nl/?month=-2025-01"}) {
            Wire.Answer answer = wire.send("GET", url);
            assertThat(answer.status()).as(url).isEqualTo(400);
        }
        assertThat(wire.send("GET", "/en/compare?sectors=20&to=2042-09").body())
                .contains("There are no figures for September 2042 yet");
    }
}
