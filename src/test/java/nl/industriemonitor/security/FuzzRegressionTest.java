package nl.industriemonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** One test per bug the fuzzing and the hostile-input test found, so none comes back. */
@QuarkusTest
class FuzzRegressionTest {

    @TestHTTPResource("/")
    URL base;

    /** A download or embed path was decoded twice: "%25" became a broken escape and a 500 with a trace. */
    @Test
    void anEscapedPercentInADownloadOrEmbedPathIsDecodedOnce() throws Exception {
        RawHttp http = new RawHttp(base);
        RawHttp.Answer percent = http.get("/nl/releases/%25.csv");
        assertThat(percent.status()).isEqualTo(400);
        assertThat(percent.body()).contains("'%'").doesNotContain("Exception");
        assertThat(http.get("/embed/nl/releases/%3C%25%3D%207*7%20%25%3E").status()).isEqualTo(400);
        assertThat(http.get("/nl/sector/%25.json").status()).isEqualTo(404);
        // decoded twice, "%2532%2530" was branch 20; it is the branch "%32%30", which does not exist
        assertThat(http.get("/nl/sector/%2532%2530.csv").status()).isEqualTo(404);
        assertThat(http.get("/embed/nl/sector/%2532%2530").status()).isEqualTo(404);
        assertThat(http.get("/nl/sector/%32%30.csv").status()).isEqualTo(200);
    }

    /** Refused downloads came as HTML pages: a script reading .json could not parse why. */
    @Test
    void aRefusedJsonDownloadIsAProblemDocumentInThePageLanguage() throws Exception {
        RawHttp.Answer answer = new RawHttp(base).get("/en/compare.json?from=2025-13");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("content-type")).isEqualTo("application/problem+json;charset=UTF-8");
        JsonNode problem = new ObjectMapper().readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asText()).isEqualTo("Something went wrong");
        assertThat(problem.get("detail").asText()).contains("'2025-13' is not a month");
        assertThat(problem.get("links").get(0).get("href").asText()).startsWith("http").endsWith("/en/");
    }

    @Test
    void aRefusedCsvDownloadIsPlainTextInThePageLanguage() throws Exception {
        RawHttp.Answer answer = new RawHttp(base).get("/nl/sector/99.csv");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("content-type")).isEqualTo("text/plain;charset=UTF-8");
        assertThat(answer.body()).startsWith("Er ging iets mis (404)").contains("Bedrijfstak '99' bestaat niet")
                .contains("/nl/data");
        // an image or a page stays an HTML page
        RawHttp.Answer png = new RawHttp(base).get("/nl/sector/99.png");
        assertThat(png.status()).isEqualTo(404);
        assertThat(png.header("content-type")).startsWith("text/html");
    }

    /**
     * The embed snippet escaped the page title once, for the textarea only: a title with a quote
     * broke out of the title attribute of the iframe pasted into another site.
     */
    @Test
    void theEmbedSnippetKeepsItsAttributesWhateverTheTitle() throws Exception {
        Element code = Jsoup.parse(new RawHttp(base).get("/nl/sector/20").body()).selectFirst("#embed-code");
        assertThat(code.text()).startsWith("<iframe src=\"http").contains("/embed/nl/sector/20\"")
                .contains("title=\"Chemische industrie (20)\"");
        var view = new nl.industriemonitor.share.ShareView(nl.industriemonitor.web.Lang.NL, "sector/x",
                java.util.Map.of("measure", "index"), null, null, "\"><img src=x onerror=alert(1)>", "", null, null,
                null, null, java.util.List.of());
        Element iframe = Jsoup.parseBodyFragment(view.embedCode("https://example.org")).selectFirst("iframe");
        assertThat(iframe.attr("title")).isEqualTo("\"><img src=x onerror=alert(1)>");
        assertThat(iframe.attr("src")).isEqualTo("https://example.org/embed/nl/sector/x?measure=index");
        assertThat(iframe.parent().select("img")).isEmpty();
    }
}
