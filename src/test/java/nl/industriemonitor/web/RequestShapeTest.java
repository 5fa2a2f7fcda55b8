package nl.industriemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What may go into Quarkus' redirect cookie, and what a log line of a refusal looks like. */
class RequestShapeTest {

    @Test
    void onlyCookieOctetsAreSafe() {
        assertThat(RequestShape.cookieSafe("http://localhost:8080/admin/backup?x=1")).isTrue();
        for (String bad : new String[] {"http://h/admin;x", "http://h/admin?a=b,c", "http://h/a b", "http://h/\"",
            "http://h/a\\b", "http://h/\u00e9", "http://h/\u0001", null}) {
            assertThat(RequestShape.cookieSafe(bad)).as(bad).isFalse();
        }
    }

    @Test
    void logLinesAreShortAndPrintable() {
        assertThat(RequestShape.printable("/admin;x\r\nfake log line")).isEqualTo("/admin;x\\x0d\\x0afake log line");
        assertThat(RequestShape.printable("/" + "a".repeat(500))).hasSize(121);
    }
}
