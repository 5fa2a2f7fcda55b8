package nl.industriemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * When no turn to draw is free (here: none at all for images, and no room to wait), a request gets a 503 page
 * with Retry-After at once instead of piling up; pages keep their own lane and are not held up by images.
 */
@QuarkusTest
@TestProfile(RenderGateTest.NoImageTurns.class)
class RenderGateTest {

    public static class NoImageTurns implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("industriemonitor.render.images", "0", "industriemonitor.render.queue", "0");
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Test
    void withoutATurnAnImageIsA503WithRetryAfter() throws Exception {
        Wire wire = new Wire(base);
        for (String url : new String[] {"/nl/sector/20.png", "/en/compare.png?sectors=C,20"}) {
            Wire.Answer busy = wire.send("GET", url);
            assertThat(busy.status()).as(url).isEqualTo(503);
            assertThat(busy.header("retry-after")).isEqualTo("5");
            assertThat(busy.header("cache-control")).isEqualTo("no-store");
            assertThat(busy.header("content-type")).startsWith("text/html");
            assertThat(busy.body()).contains(url.startsWith("/en/") ? "very busy" : "erg druk");
        }
        assertThat(wire.send("GET", "/nl/sector/20").status()).isEqualTo(200);
        assertThat(wire.send("GET", "/nl/sector/20.csv").status()).isEqualTo(200);
    }
}
