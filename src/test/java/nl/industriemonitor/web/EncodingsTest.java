package nl.industriemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Pages, downloads, feeds and static files are stored compressed: the bytes sent in each coding decode to the same
 * answer, each coding has a validator of its own, and a conditional request with one coding's validator never gets
 * a 304 for (nor the body of) another coding. Images go out as they are.
 */
@QuarkusTest
class EncodingsTest {

    private static final List<String> CODINGS = List.of("gzip", "br");

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyCodingDecodesToTheSamePageAndHasItsOwnValidator() throws Exception {
        Wire wire = new Wire(base);
        for (String url : new String[] {"/nl/sector/23?measure=index", "/en/", "/nl/sector/23.csv", "/nl/sector/23.json",
            "/nl/releases.atom", "/embed/nl/sector/23", "/css/app.css", "/webjars/chart.js/dist/chart.umd.js",
            "/favicon.svg"}) {
            // the first request for a coding may be the one that makes (and stores) the page
            Map<String, Wire.Answer> answers = new LinkedHashMap<>();
            for (String coding : CODINGS) {
                Wire.Answer a = wire.send("GET", url, "Accept-Encoding: " + coding);
                assertThat(a.status()).as(url).isEqualTo(200);
                assertThat(a.header("content-encoding")).as(url + " " + coding).isEqualTo(coding);
                assertThat(a.header("vary")).as(url).contains("Accept-Encoding");
                answers.put(coding, a);
            }
            Wire.Answer plain = wire.send("GET", url);
            assertThat(plain.status()).isEqualTo(200);
            assertThat(plain.header("content-encoding")).as(url).isIn(null, "identity");
            answers.put("identity", plain);
            assertThat(plain.bytes()).isNotEmpty();
            for (String coding : CODINGS) {
                assertThat(decode(coding, answers.get(coding).bytes())).as(url + " in " + coding).isEqualTo(plain.bytes());
                assertThat(answers.get(coding).bytes().length).as(url).isLessThan(plain.bytes().length);
            }
            assertThat(answers.values().stream().map(a -> a.header("etag")).distinct()).as(url).hasSize(3);
            // a browser's header takes brotli; one that takes only a coding the app does not store gets the plain bytes,
            // not bytes Vert.x compressed behind the plain validator
            assertThat(wire.send("GET", url, "Accept-Encoding: gzip, deflate, br").header("content-encoding")).isEqualTo("br");
            Wire.Answer deflate = wire.send("GET", url, "Accept-Encoding: deflate");
            assertThat(deflate.header("content-encoding")).as(url).isIn(null, "identity");
            assertThat(deflate.bytes()).isEqualTo(plain.bytes());
            assertThat(deflate.header("etag")).isEqualTo(plain.header("etag"));

            for (Map.Entry<String, Wire.Answer> held : answers.entrySet()) {
                String validator = held.getValue().header("etag");
                for (Map.Entry<String, Wire.Answer> asked : answers.entrySet()) {
                    Wire.Answer again = wire.send("GET", url, "Accept-Encoding: " + asked.getKey(),
                            "If-None-Match: " + validator);
                    String what = url + ": validator of " + held.getKey() + ", accepting " + asked.getKey();
                    if (held.getKey().equals(asked.getKey())) {
                        assertThat(again.status()).as(what).isEqualTo(304);
                        assertThat(again.header("etag")).as(what).isEqualTo(validator);
                    } else {
                        assertThat(again.status()).as(what).isEqualTo(200);
                        assertThat(again.header("etag")).as(what).isEqualTo(asked.getValue().header("etag"));
                        assertThat(again.bytes()).as(what).isEqualTo(asked.getValue().bytes());
                    }
                }
            }
        }
    }

    @Test
    void aFreshPageGoesOutInTheCodingAskedForAndThePlainOneIsNeverCompressedByVertx() throws Exception {
        Wire wire = new Wire(base);
        // each address asked for the first time: the answer made by the resource, not the cache
        Wire.Answer br = wire.send("GET", "/nl/compare?sectors=C,23", "Accept-Encoding: br");
        assertThat(br.header("content-encoding")).isEqualTo("br");
        Wire.Answer deflate = wire.send("GET", "/nl/compare?sectors=C,17", "Accept-Encoding: deflate");
        assertThat(deflate.header("content-encoding")).isIn(null, "identity");
        assertThat(deflate.body()).startsWith("<!DOCTYPE html>");
        Wire.Answer head = wire.send("HEAD", "/nl/compare?sectors=C,16", "Accept-Encoding: gzip");
        assertThat(head.status()).isEqualTo(200);
        assertThat(wire.send("GET", "/nl/compare?sectors=C,16", "Accept-Encoding: gzip").header("etag"))
                .isEqualTo(head.header("etag"));
        assertThat(decode("br", br.bytes())).isEqualTo(wire.send("GET", "/nl/compare?sectors=C,23").bytes());
    }

    @Test
    void imagesAreNeverCompressedAgain() throws Exception {
        Wire wire = new Wire(base);
        Wire.Answer png = wire.send("GET", "/nl/sector/23.png", "Accept-Encoding: gzip, deflate, br");
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.header("content-encoding")).isIn(null, "identity");
        assertThat(png.header("vary")).isNull();
        assertThat(new String(png.bytes(), 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(wire.send("GET", "/nl/sector/23.png").bytes()).isEqualTo(png.bytes());
    }

    @Test
    void theWeightsOfAcceptEncodingChooseTheCoding() {
        var all = java.util.EnumSet.allOf(Encoding.class);
        assertThat(Encoding.best("gzip, deflate, br", all)).isEqualTo(Encoding.BR);
        assertThat(Encoding.best("br;q=0.5, gzip", all)).isEqualTo(Encoding.GZIP);
        assertThat(Encoding.best("br;q=0, gzip;q=0", all)).isEqualTo(Encoding.IDENTITY);
        assertThat(Encoding.best("*", all)).isEqualTo(Encoding.BR);
        assertThat(Encoding.best("*;q=0, identity", all)).isEqualTo(Encoding.IDENTITY);
        assertThat(Encoding.best("x-gzip", all)).isEqualTo(Encoding.GZIP);
        assertThat(Encoding.best("gzip, br", java.util.EnumSet.of(Encoding.IDENTITY, Encoding.GZIP))).isEqualTo(Encoding.GZIP);
        assertThat(Encoding.best("br;q=nonsense, gzip;q=0.1", all)).isEqualTo(Encoding.GZIP);
        assertThat(Encoding.best(null, all)).isEqualTo(Encoding.IDENTITY);
        assertThat(Encoding.GZIP.tag("W/\"7-abc\"")).isEqualTo("W/\"7-abc-gzip\"");
    }

    static byte[] decode(String coding, byte[] bytes) throws IOException {
        if (coding.equals("gzip")) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                return in.readAllBytes();
            }
        }
        DirectDecompress d = Decoder.decompress(bytes);
        assertThat(d.getResultStatus()).isEqualTo(DecoderJNI.Status.DONE);
        return d.getDecompressedData();
    }
}
