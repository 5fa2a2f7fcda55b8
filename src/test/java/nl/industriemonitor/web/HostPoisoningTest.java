package nl.industriemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Without {@code industriemonitor.public-url}, absolute links come from the request's host, so every cached
 * answer is kept per host: a forged {@code Host} gets its own answer, and no other reader ever sees it.
 */
@QuarkusTest
class HostPoisoningTest {

    static final String FORGED = "attacker.example";
    /** Every kind of answer with absolute links: page, pinned page, download, data, feed, embed, release. */
    static final List<String> TARGETS = List.of("/en/group/metal?month=2025-06", "/nl/sector/20?asof=2026-01-09",
            "/nl/sector/20.csv", "/en/compare.json?sectors=C,20", "/nl/releases.atom", "/embed/nl/sector/24",
            "/nl/releases", "/nl/data");

    @TestHTTPResource("/")
    URL base;

    @Test
    void aForgedHostNeverReachesAnotherReader() throws Exception {
        Wire wire = new Wire(base);
        for (String target : TARGETS) {
            Wire.Answer forged = wire.send("GET", target, "Host: " + FORGED);
            assertThat(forged.status()).as(target).isEqualTo(200);
            assertThat(forged.body()).as("%s for the forger: links follow the host it named", target).contains(FORGED);
            for (int i = 0; i < 2; i++) {
                Wire.Answer honest = wire.send("GET", target);
                assertThat(honest.status()).as(target).isEqualTo(200);
                assertThat(honest.body()).as("%s after a forged Host", target).doesNotContain(FORGED)
                        .contains("http://" + wire.hostHeader());
                Wire.Answer head = wire.send("HEAD", target);
                assertThat(head.headers().toString()).doesNotContain(FORGED);
            }
        }
    }
}
