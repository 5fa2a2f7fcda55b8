package nl.industriemonitor.admin;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.jsoup.Jsoup;

/** A browser's view of the admin area in tests: the cookies it holds and the CSRF token of the last page. */
final class AdminSession {

    /** Known only to the tests: its bcrypt hash is %test.industriemonitor.admin.password-hash. */
    static final String PASSWORD = "test-admin-password";

    final Map<String, String> cookies = new HashMap<>();
    String csrfToken;
    private String language;

    /** Sends Accept-Language from now on (null: none, so Dutch). */
    AdminSession header(String acceptLanguage) {
        this.language = acceptLanguage;
        return this;
    }

    static AdminSession loggedIn() {
        AdminSession session = new AdminSession();
        Response login = session.login("admin", PASSWORD);
        if (!login.getHeader("Location").endsWith("/admin")) {
            throw new AssertionError("login failed: " + login.getHeader("Location"));
        }
        session.open("/admin");
        return session;
    }

    Response login(String name, String password) {
        Response response = given().redirects().follow(false).header("Origin", origin())
                .formParam("j_username", name).formParam("j_password", password)
                .post("/admin/j_security_check");
        cookies.putAll(response.getCookies());
        return response;
    }

    /** GETs an admin page and remembers its CSRF token. */
    Response open(String path) {
        Response response = request().get(path);
        cookies.putAll(response.getCookies());
        var field = Jsoup.parse(response.asString()).selectFirst("input[name=csrf-token]");
        if (field != null) {
            csrfToken = field.attr("value");
        }
        return response;
    }

    RequestSpecification request() {
        RequestSpecification spec = given().redirects().follow(false).cookies(cookies);
        return language == null ? spec : spec.header("Accept-Language", language);
    }

    /** A form POST carrying the token, as the page's own forms do. */
    Response post(String path, Map<String, String> form) {
        Response response = request().formParams(form).formParam("csrf-token", csrfToken).post(path);
        cookies.putAll(response.getCookies());
        return response;
    }

    Response upload(String fileName, byte[] content) {
        Response response = request().multiPart("csrf-token", csrfToken)
                .multiPart("file", fileName, content, "application/octet-stream").post("/admin/upload");
        cookies.putAll(response.getCookies());
        return response;
    }

    /** An upload with the form's publication date, for tables that state none. */
    Response upload(String fileName, byte[] content, String published) {
        Response response = request().multiPart("csrf-token", csrfToken).multiPart("published", published)
                .multiPart("file", fileName, content, "application/octet-stream").post("/admin/upload");
        cookies.putAll(response.getCookies());
        return response;
    }

    static String origin() {
        return "http://localhost:" + io.restassured.RestAssured.port;
    }
}
