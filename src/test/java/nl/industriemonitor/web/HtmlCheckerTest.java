package nl.industriemonitor.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import io.quarkus.test.junit.QuarkusTest;
import nu.validator.validation.SimpleDocumentValidator;

/**
 * The W3C HTML checker (the Nu Html Checker, as validator.w3.org/nu runs it) over one page of every type —
 * pages, pinned and refused pages, embeds, error pages, the login page — finds no error. Warnings are shown,
 * not counted.
 */
@QuarkusTest
class HtmlCheckerTest {

    static final List<String> PAGES = List.of("/nl/", "/en/?month=2025-11&asof=2026-01-09", "/nl/sector/20",
            "/nl/sector/20?from=2005-01", "/nl/sector/20?from=2005-01&events=0", "/en/sector/24?measure=yoy_ca&from=2024-01", "/nl/compare?sectors=C,20,21&rebase=2021-01",
            "/en/compare?sectors=20,24&measure=mom_sa", "/nl/compare?sectors=10,20&from=2005-01&events=0", "/nl/group/energy-intensive", "/en/group/metal?month=2025-06",
            "/nl/revisions?sector=C&month=2025-11&measure=yoy_ca", "/nl/data", "/en/data?asof=2026-01-09",
            "/nl/releases", "/en/releases/2026-01-09", "/embed/nl/sector/20", "/embed/en/compare?sectors=C,20",
            "/nl/sector/99", "/en/compare?sectors=20&to=2042-09", "/nl/compare?from=x", "/admin/login",
            "/admin/login?error=1", "/nl/europe?nace=C20&geo=NL,DE,EU27_2020&from=2023-01", "/en/europe?nace=C17",
            "/en/sector/20", "/nl/europe?nace=C24", "/nl/cycle?month=2025-11", "/en/cycle", "/nl/cycle?month=2025-13");

    @Test
    void everyPageTypePassesTheW3cChecker() throws Exception {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String page : PAGES) {
            byte[] html = given().redirects().follow(false).get(page).asByteArray();
            assertThat(html).as(page).isNotEmpty();
            check(page, html, errors, warnings);
        }
        warnings.forEach(w -> System.out.println("HTML checker warning: " + w));
        assertThat(errors).as("errors of the W3C HTML checker").isEmpty();
    }

    @Test
    void theCheckerSeesAnError() throws Exception {
        List<String> errors = new ArrayList<>();
        String twoIds = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p id=\"a\">1</p>"
                + "<p id=\"a\">2</p></body></html>";
        check("/sample", twoIds.getBytes(java.nio.charset.StandardCharsets.UTF_8), errors, new ArrayList<>());
        assertThat(errors).singleElement().asString().contains("Duplicate ID");
    }

    static void check(String page, byte[] html, List<String> errors, List<String> warnings) throws Exception {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                warnings.add(describe(page, e));
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(describe(page, e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(describe(page, e));
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        InputSource source = new InputSource(new ByteArrayInputStream(html));
        source.setSystemId("http://localhost" + page);
        source.setEncoding("UTF-8");
        validator.checkHtmlInputSource(source);
    }

    private static String describe(String page, SAXParseException e) {
        return page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }
}
