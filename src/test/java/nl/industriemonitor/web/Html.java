package nl.industriemonitor.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Fetching and reading pages in tests the way every page test does it. */
public final class Html {

    /** The page puts a no-break space between number and %; jsoup's text() gives it as a plain space. */
    public static final String NBSP = " ";
    public static final String MINUS = "\u2212";

    private Html() {
    }

    /** The page at {@code path}, which must answer HTML with {@code status}; redirects are not followed. */
    public static Document get(String path, int status) {
        String html = given().redirects().follow(false).get(path).then().statusCode(status)
                .contentType("text/html").extract().asString();
        return Jsoup.parse(html);
    }

    /** The text of the first element matching {@code css}, which must exist. */
    public static String text(Document doc, String css) {
        Element e = doc.selectFirst(css);
        assertThat(e).as(css).isNotNull();
        return e.text();
    }
}
