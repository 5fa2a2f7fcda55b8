package nl.industriemonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

import nl.industriemonitor.data.Branch;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.imports.ImportService;
import nl.industriemonitor.imports.ImportedCell;
import nl.industriemonitor.imports.ReleaseBatch;

/**
 * Every string of {@link HostileStrings} as a branch name (Dutch and English), a release source and
 * the value of every query parameter of every page, in every format: each page must show it as text
 * only — no element, attribute, script or link made from it — and downloads must stay valid.
 */
@QuarkusTest
@TestProfile(HostileDatabase.class)
class HostileInputTest {

    static final List<String> CORPUS = HostileStrings.ALL;
    /** Published after every bundled release, so it is a release page of its own. */
    static final LocalDate PUBLISHED = LocalDate.of(2026, 7, 1);
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ImportService imports;

    @Inject
    SnapshotHolder snapshots;

    @TestHTTPResource("/")
    URL base;

    /** The longest text the database keeps (branch names 200, figure sources 500, release sources 4000). */
    static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    static String name(int i) {
        return fit(CORPUS.get(i), 200);
    }

    static String code(int i) {
        return String.format(Locale.ROOT, "H%02d", i);
    }

    /** English names differ from the Dutch ones, so both languages are tried with every string. */
    static String english(int i) {
        return fit(CORPUS.get((i + 7) % CORPUS.size()), 200);
    }

    @BeforeEach
    void storeHostileData() throws Exception {
        if (snapshots.current().latest().branch(code(0)).isPresent()) {
            return;
        }
        YearMonth latest = snapshots.current().latest().latestMonth(BranchInfo.TOTAL, Measure.YOY_CA).orElseThrow();
        List<ReleaseBatch> batches = new ArrayList<>();
        for (int i = 0; i < CORPUS.size(); i++) {
            List<ImportedCell> cells = new ArrayList<>();
            for (int back = 0; back < 4; back++) {
                YearMonth m = latest.minusMonths(back);
                for (Measure measure : List.of(Measure.YOY_CA, Measure.MOM_SA, Measure.INDEX_SA, Measure.INDEX)) {
                    BigDecimal amount = measure == Measure.YOY_CA || measure == Measure.MOM_SA
                            ? BigDecimal.valueOf(-30 - i, 1) : BigDecimal.valueOf(950 + i * 3 - back * 7, 1);
                    cells.add(new ImportedCell(code(i), name(i), m, measure, amount, back == 0, "hostile " + i,
                            fit(CORPUS.get((i + 1) % CORPUS.size()), 500)));
                }
            }
            // the real import path: unknown branches keep their CBS title, the batch its source
            batches.add(new ReleaseBatch(Dataset.PRODUCTION, PUBLISHED, true, fit(CORPUS.get(i), 4000), cells));
        }
        imports.store(batches, "hostile input test");
        // no import path gives a new branch an English name (it is translated later): set it directly
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < CORPUS.size(); i++) {
                Branch.<Branch>findById(code(i)).nameEn = english(i);
            }
        });
        snapshots.reload();
        assertThat(snapshots.current().latest().branch(code(0)).orElseThrow().nameNl()).isEqualTo(name(0));
    }

    @Test
    void corpusIsLargeEnough() {
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
    }

    @Test
    void hostileBranchNamesAndSourcesStayText() throws Exception {
        RawHttp http = new RawHttp(base);
        YearMonth latest = snapshots.current().latest().latestMonth(BranchInfo.TOTAL, Measure.YOY_CA).orElseThrow();
        List<String> pages = new ArrayList<>();
        for (String lang : List.of("nl", "en")) {
            pages.addAll(List.of("/" + lang + "/", "/" + lang + "/?month=" + latest, "/" + lang + "/data",
                    "/" + lang + "/releases", "/" + lang + "/releases/" + PUBLISHED, "/" + lang + "/group/energy-intensive",
                    "/" + lang + "/compare?sectors=C," + code(0)));
            for (int i = 0; i < CORPUS.size(); i++) {
                pages.add("/" + lang + "/sector/" + code(i));
                pages.add("/" + lang + "/revisions?sector=" + code(i) + "&month=" + latest + "&measure=yoy_ca");
            }
            for (int i = 0; i < CORPUS.size(); i += 7) {
                pages.add("/" + lang + "/compare?sectors=" + String.join(",", code(i), code((i + 1) % CORPUS.size()),
                        code((i + 2) % CORPUS.size()), code((i + 3) % CORPUS.size())));
            }
        }
        int checked = 0;
        for (String page : pages) {
            for (String form : forms(page)) {
                RawHttp.Answer answer = http.get(form);
                assertThat(answer.status()).as(form).isEqualTo(200);
                checkAnswer(form, answer);
                checked++;
            }
        }
        // the names show as text where they belong
        for (int i = 0; i < CORPUS.size(); i++) {
            Document nl = Jsoup.parse(http.get("/nl/sector/" + code(i)).body());
            Document en = Jsoup.parse(http.get("/en/sector/" + code(i)).body());
            assertThat(visible(nl.selectFirst("h1").wholeText())).as("Dutch name %d", i).contains(visible(name(i)));
            assertThat(visible(en.selectFirst("h1").wholeText())).as("English name %d", i).contains(visible(english(i)));
        }
        Document release = Jsoup.parse(http.get("/nl/releases/" + PUBLISHED).body());
        for (String source : CORPUS) {
            assertThat(visible(release.body().wholeText())).as("source on the release page").contains(visible(fit(source, 4000)));
        }
        assertThat(http.get("/nl/releases.atom").status()).isEqualTo(200);
        checkAnswer("/nl/releases.atom", http.get("/nl/releases.atom"));
        System.out.printf("Hostile names and sources: %d answers checked%n", checked + 1);
    }

    @Test
    void hostileQueryParametersStayText() throws Exception {
        RawHttp http = new RawHttp(base);
        List<String> routes = List.of("/nl/?month=%s", "/en/?asof=%s", "/nl/sector/20?measure=%s", "/en/sector/20?from=%s",
                "/nl/sector/20?asof=%s", "/nl/compare?sectors=%s", "/en/compare?measure=%s", "/nl/compare?from=%s",
                "/nl/compare?to=%s", "/en/compare?rebase=%s", "/nl/compare?asof=%s", "/nl/group/energy-intensive?month=%s",
                "/en/group/energy-intensive?asof=%s", "/nl/revisions?sector=%s", "/en/revisions?month=%s",
                "/nl/revisions?measure=%s", "/nl/revisions?asof=%s", "/en/data?asof=%s", "/nl/releases?x=%s",
                "/nl/releases/%s", "/en/sector/%s", "/nl/group/%s", "/admin/login?error=%s", "/nl/?%s=1",
                "/nl/europe?nace=%s", "/en/europe?geo=%s", "/nl/europe?from=%s", "/en/europe?to=%s", "/nl/europe?asof=%s",
                "/nl/cycle?month=%s", "/en/cycle?asof=%s");
        int checked = 0;
        for (String route : routes) {
            for (String payload : CORPUS) {
                String encoded = URLEncoder.encode(payload, StandardCharsets.UTF_8);
                String target = String.format(Locale.ROOT, route, route.contains("?") && !route.endsWith("?%s=1")
                        ? encoded : encoded.replace("+", "%20"));
                if (("GET " + target + " HTTP/1.1").length() > 4096) {
                    continue; // refused by the HTTP layer with an empty 414 (see Refusals)
                }
                for (String form : route.startsWith("/admin") ? List.of(target) : forms(target)) {
                    RawHttp.Answer answer = http.get(form);
                    assertThat(answer.status()).as(form).isIn(200, 400, 401, 404);
                    checkAnswer(form, answer);
                    checked++;
                }
            }
        }
        System.out.printf("Hostile query parameters: %d answers checked%n", checked);
    }

    /** The page, its embed and its CSV and JSON downloads. */
    static List<String> forms(String target) {
        String[] parts = target.split("\\?", 2);
        String query = parts.length > 1 ? "?" + parts[1] : "";
        String path = parts[0];
        String download = path.endsWith("/") ? path + "overview" : path;
        return List.of(target, "/embed" + target, download + ".csv" + query, download + ".json" + query);
    }

    static void checkAnswer(String target, RawHttp.Answer answer) throws Exception {
        String type = answer.header("content-type");
        String body = answer.body();
        if (type.startsWith("text/html")) {
            checkHtml(target, body);
        } else if (type.startsWith("application/json") || type.startsWith("application/problem+json")) {
            JSON.readTree(body); // valid JSON whatever the names: the payloads are string values
        } else if (type.startsWith("text/csv")) {
            checkCsv(target, body);
        } else if (type.startsWith("application/atom+xml")) {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getElementsByTagName("script").getLength()).as(target).isZero();
        } else {
            assertThat(type).as("content type of " + target).startsWith("text/plain");
        }
    }

    /** No element or attribute made from a payload, and no payload with markup characters left unescaped. */
    static void checkHtml(String target, String html) {
        Document doc = Jsoup.parse(html);
        for (Element e : doc.getAllElements()) {
            String tag = e.tagName();
            assertThat(tag).as("element made from input on " + target)
                    .isNotIn("iframe", "svg", "object", "embed", "base", "style", "x", "img", "b", "i");
            if (tag.equals("script")) {
                assertThat(e.attr("src")).as("a script on " + target).matches("^/(webjars|js)/[A-Za-z0-9_./-]+\\.js$");
                assertThat(e.data()).as("inline script on " + target).isBlank();
            }
            if (tag.equals("meta")) {
                assertThat(e.attr("http-equiv")).as("meta http-equiv on " + target).isEmpty();
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("event handler on " + target).doesNotStartWith("on");
                boolean urlMeta = tag.equals("meta") && (e.attr("property") + e.attr("name")).matches("og:url|og:image|twitter:image");
                if (List.of("href", "src", "action", "formaction", "srcset", "data").contains(name)
                        || urlMeta && name.equals("content")) {
                    String value = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    assertThat(value).as(name + " on " + target).doesNotStartWith("javascript:")
                            .doesNotStartWith("vbscript:").doesNotStartWith("data:");
                }
            }
        }
        assertThat(doc.select("title")).as("titles on " + target).hasSizeLessThanOrEqualTo(1);
        for (Element code : doc.select("textarea")) {
            // the embed snippet a reader pastes into another site: one iframe, its own attributes only
            assertThat(code.id()).as("textarea on " + target).isEqualTo("embed-code");
            Document snippet = Jsoup.parseBodyFragment(code.text());
            assertThat(snippet.body().children()).as("embed code on " + target).hasSize(1);
            Element iframe = snippet.body().child(0);
            assertThat(iframe.tagName()).isEqualTo("iframe");
            assertThat(iframe.attributes().asList()).extracting(Attribute::getKey).as("embed code on " + target)
                    .containsExactly("src", "width", "height", "title", "loading");
            assertThat(iframe.children()).isEmpty();
        }
        for (String payload : CORPUS) {
            // a lone quote is in every page, and escaping "<script>" gives the payload "&lt;script&gt;"
            if (payload.length() > 1 && payload.matches("(?s).*[<>\"].*")) {
                assertThat(html.contains(payload)).as("unescaped input on %s: %s", target, payload).isFalse();
            }
        }
    }

    /**
     * Every cell a spreadsheet would run as a formula is neutralised with a leading quote: the table's
     * text cells, and the pieces after each comma of a {@code #} comment line (a spreadsheet that does
     * not know comment lines splits them there).
     */
    static void checkCsv(String target, String csv) throws Exception {
        StringBuilder table = new StringBuilder();
        for (String line : csv.split("\r\n")) {
            if (line.startsWith("#")) {
                String[] pieces = line.split(",");
                for (int i = 1; i < pieces.length; i++) {
                    checkCell(target, pieces[i].stripLeading());
                }
            } else {
                table.append(line).append("\r\n");
            }
        }
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(table.toString()))) {
            for (var record : parser) {
                for (String cell : record) {
                    checkCell(target, cell);
                }
            }
        }
    }

    private static void checkCell(String target, String cell) {
        if (!cell.isEmpty() && !cell.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?")) {
            assertThat(cell.charAt(0)).as("formula in %s: %s", target, cell).isNotIn('=', '+', '-', '@', '\t', '\r');
        }
    }

    /** A text as compared on the page: HTML parsing turns and drops line ends, leading and trailing blanks may go. */
    static String visible(String text) {
        return text.replaceAll("[\r\n]", "").strip();
    }
}
