package nl.industriemonitor.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The security headers on every kind of answer, errors included, whoever produces it: pages, the
 * page cache, error pages, the login page, static files; framing only for embeds; admin never stored.
 */
@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "GET, /nl/, 200",
            "GET, /nl/, 200",
            "GET, /en/sector/20, 200",
            "GET, /nl/sector/does-not-exist, 404",
            "GET, /nl/compare?measure=nonsense, 400",
            "GET, /nl/no-such-page, 404",
            "GET, /xx/, 404",
            "GET, /nl/releases/2026-02-30, 400",
            "GET, /nl/releases/1999-01-01, 404",
            "GET, /nl/releases.atom, 200",
            "GET, /admin/login, 200",
            "GET, /admin/login?error=1, 401",
            "GET, /css/app.css, 200",
            "GET, /nl/sector/20.csv, 200",
    })
    void everyAnswerCarriesTheSecurityHeaders(String method, String url, int status) {
        Response r = given().redirects().follow(false).request(method, url);
        assertThat(r.statusCode()).isEqualTo(status);
        String csp = r.getHeader("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'",
                "form-action 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(r.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        String type = r.getHeader("Content-Type");
        if (type != null && type.startsWith("text/html")) {
            assertThat(type.toLowerCase().replace(" ", "")).contains("charset=utf-8");
        }
        if (url.startsWith("/admin")) {
            assertThat(r.getHeader("Cache-Control")).isEqualTo("no-store");
        }
    }

    @ParameterizedTest
    @CsvSource({"/embed/nl/sector/20", "/embed/nl/sector/20"})
    void onlyAnEmbedMayBeFramed(String url) {
        Response r = given().get(url);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.getHeader("Content-Security-Policy")).endsWith("frame-ancestors *");
        assertThat(r.getHeader("X-Frame-Options")).isNull();
    }
}
