package nl.industriemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** With {@code industriemonitor.public-url}, every absolute link names it, whatever host the request named. */
@QuarkusTest
@TestProfile(PublicUrlProfile.class)
class PublicUrlTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void absoluteLinksComeFromTheConfiguredAddressOnly() throws Exception {
        Wire wire = new Wire(base);
        for (String target : HostPoisoningTest.TARGETS) {
            for (String host : new String[] {"Host: " + HostPoisoningTest.FORGED, "Host: " + wire.hostHeader()}) {
                Wire.Answer answer = wire.send("GET", target, host, "X-Forwarded-Host: other.example");
                assertThat(answer.status()).as(target).isEqualTo(200);
                assertThat(answer.body()).as(target).doesNotContain(HostPoisoningTest.FORGED).doesNotContain("other.example")
                        .doesNotContain("http://" + wire.hostHeader());
                if (!target.contains(".csv") && !target.contains(".json")) {
                    assertThat(answer.body()).as(target).contains(PublicUrlProfile.PUBLIC + "/");
                }
            }
        }
        Document page = Jsoup.parse(wire.send("GET", "/nl/sector/20?n=1", "Host: " + HostPoisoningTest.FORGED).body());
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(PublicUrlProfile.PUBLIC + "/nl/sector/20");
        assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo(PublicUrlProfile.PUBLIC + "/nl/sector/20.png");
        assertThat(wire.send("GET", "/nl/sector/20.csv").body()).contains("# url: " + PublicUrlProfile.PUBLIC + "/nl/sector/20");
    }

    @Test
    void aLoginFormFromThePublicAddressIsNotCrossSite() throws Exception {
        Wire wire = new Wire(base);
        Wire.Answer fromPublic = wire.send("POST", "/admin/j_security_check", "Origin: " + PublicUrlProfile.PUBLIC,
                "Content-Type: application/x-www-form-urlencoded", "Content-Length: 0");
        assertThat(fromPublic.status()).isNotEqualTo(403);
        Wire.Answer foreign = wire.send("POST", "/admin/j_security_check", "Origin: https://evil.example",
                "Content-Type: application/x-www-form-urlencoded", "Content-Length: 0");
        assertThat(foreign.status()).isEqualTo(403);
    }
}
