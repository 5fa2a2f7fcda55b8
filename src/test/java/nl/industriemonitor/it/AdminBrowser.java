package nl.industriemonitor.it;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * An administrator's browser behind a load balancer without sticky sessions: one set of cookies, each
 * request sent to whichever instance the test names.
 */
final class AdminBrowser {

    private final Map<String, String> cookies = new HashMap<>();
    private String csrfToken;

    Response login(AppProcess app, String user, String password) {
        Response r = on(app).formParam("j_username", user).formParam("j_password", password)
                .post("/admin/j_security_check");
        cookies.putAll(r.getCookies());
        return r;
    }

    /** GETs an admin page and remembers its CSRF token. */
    Response open(AppProcess app, String path) {
        Response r = on(app).get(path);
        cookies.putAll(r.getCookies());
        Element field = Jsoup.parse(r.asString()).selectFirst("input[name=csrf-token]");
        if (field != null) {
            csrfToken = field.attr("value");
        }
        return r;
    }

    Response upload(AppProcess app, String fileName, byte[] content) {
        Response r = on(app).multiPart("csrf-token", csrfToken)
                .multiPart("file", fileName, content, "text/csv").post("/admin/upload");
        cookies.putAll(r.getCookies());
        return r;
    }

    Response post(AppProcess app, String path, Map<String, String> form) {
        Response r = on(app).formParams(form).formParam("csrf-token", csrfToken).post(path);
        cookies.putAll(r.getCookies());
        return r;
    }

    private RequestSpecification on(AppProcess app) {
        return given().baseUri("http://127.0.0.1").port(app.port).redirects().follow(false).cookies(cookies);
    }
}
