package nl.industriemonitor.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import nl.industriemonitor.data.DatabaseRows;
import nl.industriemonitor.imports.CbsExport;

/**
 * The admin area as an administrator (and an intruder) meets it: login, CSRF, upload limits, the
 * preview of exactly what an import changes, the import itself, "fetch from CBS now" and the list
 * of releases with who imported them. Runs in order on one empty database with a fake CBS.
 */
@QuarkusTest
@TestProfile(AdminProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminTest {

    @Test
    @Order(1)
    void anonymousVisitorsAreSentToTheLogin() {
        for (String path : List.of("/admin", "/admin/")) {
            Response r = given().redirects().follow(false).get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.getHeader("Location")).endsWith("/admin/login");
        }
        Response post = given().redirects().follow(false).formParam("upload", "x").post("/admin/import");
        assertThat(post.statusCode()).isIn(302, 401, 403);
        Document login = Jsoup.parse(given().get("/admin/login").asString());
        assertThat(login.select("form[method=post] input[name=j_password][type=password]")).hasSize(1);
        assertThat(login.selectFirst("label[for=j_username]")).isNotNull();
    }

    @Test
    @Order(2)
    void aWrongPasswordIsRefusedWithAMessage() {
        AdminSession session = new AdminSession();
        Response r = session.login("admin", "not-the-password");
        assertThat(r.getHeader("Location")).endsWith("/admin/login?error=1");
        assertThat(r.getCookie("quarkus-credential")).isNull();
        assertThat(session.login("nobody", AdminSession.PASSWORD).getHeader("Location")).endsWith("?error=1");

        Response page = given().header("Accept-Language", "en").get("/admin/login?error=1");
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(Jsoup.parse(page.asString()).select("[role=alert]").text()).contains("Wrong name or password");
        assertThat(session.request().get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    @Order(3)
    void theSessionCookieIsHttpOnlyStrictAndNeverCached() {
        AdminSession session = new AdminSession();
        Response login = session.login("admin", AdminSession.PASSWORD);
        var cookie = login.getDetailedCookie("quarkus-credential");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(cookie.getPath()).isEqualTo("/admin");

        Response dashboard = session.open("/admin");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(dashboard.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(session.csrfToken).isNotBlank();
        // every form on the page carries the token
        Document page = Jsoup.parse(dashboard.asString());
        for (Element form : page.select("form[method=post]")) {
            assertThat(form.select("input[name=csrf-token]")).as(form.attr("action")).hasSize(1);
        }
    }

    @Test
    @Order(4)
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        AdminSession session = AdminSession.loggedIn();
        long before = releases();
        Response r = session.request().formParam("upload", "anything").post("/admin/refresh");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(r.asString()).select("[role=alert]").text()).contains("beveiligingstoken");
        Response upload = session.request().multiPart("file", "export.json", CbsExport.base(), "application/json")
                .post("/admin/upload");
        assertThat(upload.statusCode()).isEqualTo(400);
        Response wrongToken = session.request().formParam("csrf-token", "AAAAAAAAAAAAAAAAAAAAAA")
                .post("/admin/refresh");
        assertThat(wrongToken.statusCode()).isEqualTo(400);
        assertThat(releases()).isEqualTo(before);
    }

    @Test
    @Order(5)
    void aFileOverTheLimitIsRefusedWithAClearMessage() {
        AdminSession session = AdminSession.loggedIn();
        byte[] justOver = "a".repeat(AdminProfile.UPLOAD_LIMIT + 1).getBytes(StandardCharsets.UTF_8);
        Response r = session.upload("big.csv", justOver);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(r.asString()).select("[role=alert]").text()).contains("groter dan 64 KB");

        byte[] far = "a".repeat(AdminProfile.UPLOAD_LIMIT + (int) AdminGuard.ENVELOPE + 1).getBytes(StandardCharsets.UTF_8);
        Response early = session.request().header("Accept-Language", "en").multiPart("csrf-token", session.csrfToken)
                .multiPart("file", "huge.csv", far, "text/csv").post("/admin/upload");
        assertThat(early.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(early.asString()).select("[role=alert]").text()).contains("larger than");
        assertThat(releases()).isZero();
    }

    @Test
    @Order(6)
    void aRefusedFileShowsEveryProblemWithItsRowAndColumn() {
        AdminSession session = AdminSession.loggedIn();
        String csv = "sbi_code,sbi_title,period,production_index,production_index_sa,yoy_calendar_adjusted_pct,"
                + "mom_sa_pct,turnover_yoy_pct,provisional,published,published_exact,source\n"
                + "C,C Industrie,2025-13,,,0.3,,,true,2026-03-10,true,test\n"
                + "C,C Industrie,2025-11,,,abc,,,true,2026-03-10,true,test\n";
        Response r = session.upload("broken.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        List<String> rows = page.select("#problems tbody tr").eachText();
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("line 2").contains("period"));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("line 3").contains("yoy_calendar_adjusted_pct"));
        assertThat(releases()).isZero();
    }

    @Test
    @Order(7)
    void thePreviewListsExactlyTheRevisedCellsBetweenTwoReleases() {
        AdminSession session = AdminSession.loggedIn();
        Document first = Jsoup.parse(session.upload("march.json", CbsExport.base()).asString());
        assertThat(first.select(".counts").text()).contains("52 cijfers: 52 nieuw, 0 herzien, 0 ongewijzigd");
        assertThat(releases()).as("a preview stores nothing").isZero();
        Response imported = session.post("/admin/import", Map.of("upload", uploadId(first)));
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(releases()).isEqualTo(1);
        assertThat(observations()).isEqualTo(52);

        Response preview = session.header("en").upload("april.json", CbsExport.revised());
        Document second = Jsoup.parse(preview.asString());
        assertThat(second.select(".counts").text()).contains("52 figures: 0 new, 4 revised, 48 unchanged");
        List<List<String>> revised = second.select("table.revised tbody tr").stream()
                .map(tr -> tr.select("th, td").eachText()).toList();
        // largest change first; old and new as published, difference in points
        assertThat(revised).containsExactly(
                List.of("C", "yoy_ca", "2025-12", "1.4", "−0.7", "−2.1"),
                List.of("C", "yoy_ca", "2025-09", "2.4", "1.2", "−1.2"),
                List.of("C", "yoy_ca", "2025-10", "1.7", "0.7", "−1.0"),
                List.of("C", "yoy_ca", "2025-11", "0.3", "−0.3", "−0.6"));
        assertThat(releases()).isEqualTo(1);

        session.header(null);
        String id = uploadId(second);
        session.post("/admin/import", Map.of("upload", id));
        assertThat(releases()).isEqualTo(2);
        Response twice = session.post("/admin/import", Map.of("upload", id));
        assertThat(twice.statusCode()).as("a preview is imported at most once").isEqualTo(409);
        assertThat(Jsoup.parse(twice.asString()).select("[role=alert]").text()).contains("verlopen");
        Document again = Jsoup.parse(session.upload("april.json", CbsExport.revised()).asString());
        assertThat(again.select(".notice").text()).contains("Al opgeslagen");
        assertThat(again.select("form[action=/admin/import]")).isEmpty();
    }

    @Test
    @Order(9)
    void fetchFromCbsNowShowsTheResultAndTheReleaseListSaysWhoImportedWhat() {
        AdminSession session = AdminSession.loggedIn();
        Response fetched = session.post("/admin/refresh", Map.of());
        assertThat(fetched.statusCode()).isEqualTo(200);
        // the fake serves the March release, stored already from the upload
        assertThat(Jsoup.parse(fetched.asString()).select("[role=status]").text())
                .contains("Geen nieuwe cijfers").contains("holds the same figures");

        Document dashboard = Jsoup.parse(session.open("/admin").asString());
        List<String> rows = dashboard.select("#releases tbody tr").eachText();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("10 april 2026").contains("85806NED").contains("52").contains("admin");
        assertThat(rows.get(1)).contains("10 maart 2026").contains("OData export file").contains("admin");
        assertThat(dashboard.text()).contains("Laatste keer op deze server (admin");
    }

    @Test
    @Order(10)
    void aLoginFormFromAnotherSiteIsRefused() {
        Response r = given().redirects().follow(false).header("Origin", "https://evil.example")
                .formParam("j_username", "admin").formParam("j_password", AdminSession.PASSWORD)
                .post("/admin/j_security_check");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.getCookie("quarkus-credential")).isNull();
    }

    @Test
    @Order(11)
    void loginAttemptsAreLimited() {
        AdminSession session = new AdminSession();
        Response last = null;
        for (int i = 0; i <= AdminProfile.LOGIN_ATTEMPTS; i++) {
            last = session.login("admin", "guess-" + i);
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.getHeader("Retry-After")).isNotBlank();
        // even the right password waits out the window
        Response right = session.login("admin", AdminSession.PASSWORD);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.getCookie("quarkus-credential")).isNull();
    }

    private static String uploadId(Document preview) {
        Element field = preview.selectFirst("form[action=/admin/import] input[name=upload]");
        assertThat(field).as("the preview offers to import").isNotNull();
        return field.attr("value");
    }

    private static long releases() {
        return DatabaseRows.releases();
    }

    private static long observations() {
        return DatabaseRows.figures();
    }
}
