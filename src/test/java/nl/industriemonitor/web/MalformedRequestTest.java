package nl.industriemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Paths and hosts that Quarkus' login redirect could not put in its cookie (it used to fail and never answer)
 * get a 400 page at once; a login is only ever the real login address; the redirect cookie is HttpOnly.
 */
@QuarkusTest
class MalformedRequestTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void pathParametersAndUncookieableAdminAddressesGet400() throws Exception {
        Wire wire = new Wire(base);
        for (String target : new String[] {"/admin;x", "/admin/;x", "/admin/backup;x", "/nl/sector/20;x", "/admin?a=b,c"}) {
            Wire.Answer answer = wire.send("GET", target);
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.header("content-security-policy")).isNotNull();
            assertThat(answer.body()).doesNotContain("Exception");
        }
        assertThat(wire.send("GET", "/admin", "Host: a;b").status()).isEqualTo(400);
    }

    @Test
    void onlyTheRealLoginAddressIsALogin() throws Exception {
        Wire wire = new Wire(base);
        for (String target : new String[] {"/nl/admin/j_security_check", "/x/admin/j_security_check",
            "/admin/x/admin/j_security_check", "/webjars/admin/j_security_check"}) {
            Wire.Answer answer = wire.send("POST", target, "Origin: https://evil.example",
                    "Content-Type: application/x-www-form-urlencoded", "Content-Length: 0");
            assertThat(answer.status()).as(target).isIn(404, 405);
            assertThat(answer.header("set-cookie")).as(target).isNull();
        }
    }

    @Test
    void theRedirectCookieIsHttpOnly() throws Exception {
        Wire.Answer answer = new Wire(base).send("GET", "/admin/backup");
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("set-cookie")).contains("quarkus-redirect-location=").containsIgnoringCase("HttpOnly");
    }
}
