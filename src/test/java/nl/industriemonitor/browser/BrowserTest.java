package nl.industriemonitor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What only a real browser shows: charts that draw, no console errors, no Content-Security-Policy
 * violations (from the console and from the page's own {@code securitypolicyviolation} events),
 * the compare form and the language switch working, keyboard access, and the phone layout.
 * Uses Debian's chromium and chromium-driver; skipped with a message where they are missing.
 */
@QuarkusTest
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    /** One URL per page type, with the parameters a reader would use. */
    private static final List<String[]> PAGES = List.of(
            new String[] {"overview", "/nl/?month=2025-11"},
            new String[] {"sector", "/nl/sector/20"},
            new String[] {"sector-since-2005", "/nl/sector/20?from=2005-01"},
            new String[] {"compare", "/nl/compare?sectors=C,20,21&measure=index_sa&from=2021-01"},
            new String[] {"group", "/nl/group/energy-intensive"},
            new String[] {"revisions", "/nl/revisions?sector=C&month=2025-11&measure=yoy_ca"},
            new String[] {"data", "/en/data"},
            new String[] {"releases", "/nl/releases"},
            new String[] {"release", "/nl/releases/2026-04-10"},
            new String[] {"embed", "/embed/nl/sector/20"},
            new String[] {"europe", "/nl/europe?nace=C20&geo=NL,DE,EU27_2020&from=2023-01"},
            new String[] {"europe-en", "/en/europe?nace=C17&geo=NL,DE,FR,EU27_2020"},
            new String[] {"cycle", "/nl/cycle?month=2025-11"},
            new String[] {"cycle-en", "/en/cycle?month=2025-11"});

    /** Runs in every document before its own scripts and records what the CSP blocked. */
    private static final String RECORD_CSP_VIOLATIONS = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    private static ChromeDriver driver;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the flags keep Chromium from calling home on a machine without internet
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", RECORD_CSP_VIOLATIONS));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void screenshot(String name) throws Exception {
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** The whole page, not only the window, for the pages whose lower part matters (named "-full"). */
    @SuppressWarnings("unchecked")
    private void fullScreenshot(String name) throws Exception {
        java.util.Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", java.util.Map.of());
        java.util.Map<String, Object> size = (java.util.Map<String, Object>) metrics.get("cssContentSize");
        java.util.Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", java.util.Map.of(
                "format", "png", "captureBeyondViewport", true, "clip", java.util.Map.of("x", 0, "y", 0,
                        "width", ((Number) size.get("width")).doubleValue(),
                        "height", Math.min(12000, ((Number) size.get("height")).doubleValue()), "scale", 1)));
        Files.write(SCREENSHOTS.resolve(name + "-full.png"), java.util.Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Reading the console empties it: each call sees what was logged since the last one. */
    private List<LogEntry> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /**
     * Asserts that the page now open broke no rule of its Content-Security-Policy and logged no error.
     * Chromium reports a violation twice: on the console ("Refused to ...", "... Content Security
     * Policy ...", at any level) and as a securitypolicyviolation event, which the page recorded.
     */
    private void assertNoCspViolationsNorErrors(String page) {
        List<LogEntry> logs = console();
        assertThat(logs.stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList())
                .as("CSP violations on the console on " + page).isEmpty();
        Object recorded = ((JavascriptExecutor) driver).executeScript("return window.__cspViolations;");
        assertThat(recorded).as("the CSP recorder on " + page).isInstanceOf(List.class);
        assertThat((List<?>) recorded).as("CSP violations reported by " + page).isEmpty();
        assertThat(logs.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList())
                .as("console errors on " + page).isEmpty();
    }

    /** Counts painted pixels of a canvas: a chart that did not draw is fully transparent. */
    private long paintedPixels(WebElement canvas) {
        Object n = ((JavascriptExecutor) driver).executeScript(
                "const c = arguments[0]; const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n;", canvas);
        return ((Number) n).longValue();
    }

    @Test
    void everyPageTypeDrawsItsChartsWithoutConsoleErrors() throws Exception {
        for (String[] page : PAGES) {
            driver.manage().window().setSize(new Dimension(1280, 1000));
            open(page[1]);
            List<WebElement> canvases = driver.findElements(By.cssSelector("canvas[data-chart], canvas[data-cycle]"));
            if (!"data".equals(page[0])) { // the data page has tables only
                assertThat(canvases).as("charts on " + page[1]).isNotEmpty();
            }
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> canvases.stream().allMatch(c -> paintedPixels(c) > 500));
            assertNoCspViolationsNorErrors(page[1]);
            screenshot(page[0] + "-desktop");
            if (page[0].startsWith("europe") || page[0].startsWith("cycle")) {
                fullScreenshot(page[0] + "-desktop");
            }
            driver.manage().window().setSize(new Dimension(375, 900));
            open(page[1]);
            long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("horizontal scrolling of the whole page at 375 px on " + page[1]).isLessThanOrEqualTo(0);
            assertNoCspViolationsNorErrors(page[1] + " (phone)");
            screenshot(page[0] + "-phone");
            if (page[0].startsWith("europe") || page[0].startsWith("cycle")) {
                fullScreenshot(page[0] + "-phone");
            }
        }
    }

    /** axe-core's WCAG 2.1 A and AA rules find nothing on every page type, on a desktop and on a phone. */
    @Test
    void axeFindsNoViolations() {
        List<String> found = new java.util.ArrayList<>();
        for (String[] page : PAGES) {
            for (Dimension size : List.of(new Dimension(1280, 1000), new Dimension(375, 900))) {
                driver.manage().window().setSize(size);
                open(page[1]);
                com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
                results.getViolations().forEach(v -> found.add(page[1] + " at " + size.getWidth() + " px: " + v.getId()
                        + " (" + v.getHelp() + ") " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()));
                console();
            }
        }
        assertThat(found).as("axe-core violations").isEmpty();
    }

    @Test
    void compareFormWorksWithoutTypingAUrl() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        open("/nl/compare");
        WebElement form = driver.findElement(By.cssSelector("main form"));
        WebElement box = form.findElement(By.cssSelector("input[type=checkbox][value='20']"));
        if (!box.isSelected()) {
            box.click();
        }
        WebElement pharma = form.findElement(By.cssSelector("input[type=checkbox][value='21']"));
        if (pharma.isSelected()) {
            pharma.click();
        }
        form.findElement(By.cssSelector("[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("sectors="));
        assertThat(driver.getCurrentUrl()).contains("sectors=20").doesNotContain("sectors=21");
        assertThat(driver.findElements(By.cssSelector("canvas[data-chart]"))).isNotEmpty();
        assertNoCspViolationsNorErrors(driver.getCurrentUrl());
    }

    @Test
    void europeFormOnTheBranchPageOpensTheChosenCountries() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        open("/nl/sector/20");
        WebElement form = driver.findElement(By.id("europe-form"));
        WebElement france = form.findElement(By.cssSelector("input[type=checkbox][value=FR]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", france);
        france.click();
        form.findElement(By.cssSelector("[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/nl/europe"));
        assertThat(driver.getCurrentUrl()).contains("nace=C20").contains("geo=FR");
        assertThat(driver.findElements(By.cssSelector("#europe-table thead th[data-geo]")).stream()
                .map(e -> e.getAttribute("data-geo")).toList()).containsExactly("NL", "DE", "EU27_2020", "FR");
        assertNoCspViolationsNorErrors(driver.getCurrentUrl());
    }

    @Test
    void aCycleRowLeadsToItsBranch() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        open("/nl/cycle?month=2025-11");
        driver.findElement(By.cssSelector("#cycle-table tr[data-branch='20'] a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/nl/sector/20"));
        assertThat(driver.findElement(By.id("cycle-standing")).getText()).startsWith("Conjunctuurklok:");
        assertNoCspViolationsNorErrors(driver.getCurrentUrl());
    }

    @Test
    void languageSwitchKeepsTheView() {
        open("/nl/?month=2025-11&asof=2026-01-09");
        driver.findElement(By.cssSelector("a[hreflang=en]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/en/"));
        assertThat(driver.getCurrentUrl()).contains("month=2025-11").contains("asof=2026-01-09");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Manufacturing in November 2025");
    }

    @Test
    void anEmbedDrawsInsideAnIframeOnAnotherSite() throws Exception {
        // another origin: a page on its own port that frames the embed, as a newspaper site would
        String embed = base.toString().replaceAll("/$", "") + "/embed/nl/sector/20";
        byte[] html = ("<!DOCTYPE html><html lang=\"en\"><head><title>host</title></head><body>"
                + "<iframe id=\"f\" src=\"" + embed + "\" width=\"800\" height=\"500\" title=\"chart\"></iframe>"
                + "</body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpServer host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        host.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        host.start();
        try {
            driver.manage().window().setSize(new Dimension(1280, 1000));
            driver.get("http://127.0.0.1:" + host.getAddress().getPort() + "/");
            driver.switchTo().frame("f");
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("canvas[data-chart]")).isEmpty());
            WebElement canvas = driver.findElement(By.cssSelector("canvas[data-chart]"));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> paintedPixels(canvas) > 500);
            assertThat(driver.findElement(By.cssSelector("h1")).getText()).contains("Chemische industrie");
            driver.switchTo().defaultContent();
            // the embed's own document runs in another process, out of reach of the recorder: the
            // console still shows its violations, and the page list opens the embed on its own too
            assertNoCspViolationsNorErrors("the host page of an embed");
            screenshot("embed-in-iframe");
        } finally {
            driver.switchTo().defaultContent();
            host.stop(0);
        }
    }

    @Test
    void keyboardReachesTheContentFirst() {
        open("/nl/");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("href")).endsWith("#main");
        assertThat(focused.isDisplayed()).isTrue();
        focused.sendKeys(Keys.ENTER);
        assertThat(driver.getCurrentUrl()).endsWith("#main");
    }

    // --- release day (issue 19): how current, events on the charts, follow feeds, lagging switches ---

    /** The number of annotations the chart on the page draws, read from Chart.js itself. */
    private long drawnEvents(WebElement canvas) {
        Object n = ((JavascriptExecutor) driver).executeScript(
                "const c = window.Chart && window.Chart.getChart(arguments[0]);"
                        + "const a = c && c.options.plugins.annotation; return a ? Object.keys(a.annotations).length : -1;", canvas);
        return ((Number) n).longValue();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    @Test
    void eventsAreDrawnOnTheChartAndTheLinkHidesThem() throws Exception {
        for (Dimension size : List.of(new Dimension(1280, 1000), new Dimension(375, 900))) {
            driver.manage().window().setSize(size);
            open("/nl/sector/20?from=2005-01");
            WebElement canvas = driver.findElement(By.cssSelector("canvas#sector-chart"));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> paintedPixels(canvas) > 500);
            assertThat(driver.executeScript("return !!(window.Chart && window.Chart.registry.plugins.get('annotation'));"))
                    .as("the annotation plugin is registered").isEqualTo(true);
            assertThat(drawnEvents(canvas)).isEqualTo(3);
            assertNoCspViolationsNorErrors("/nl/sector/20?from=2005-01");
            long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("horizontal scrolling at " + size.getWidth() + " px").isLessThanOrEqualTo(0);
            String name = size.getWidth() > 500 ? "desktop" : "phone";
            scrollTo(canvas);
            screenshot("sector-20-since-2005-events-" + name);
            WebElement list = driver.findElement(By.cssSelector("section.events"));
            scrollTo(list);
            screenshot("sector-20-events-list-" + name);
        }
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.findElement(By.id("events-toggle")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("events=0"));
        WebElement canvas = driver.findElement(By.cssSelector("canvas#sector-chart"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> paintedPixels(canvas) > 500);
        assertThat(drawnEvents(canvas)).isZero();
        assertThat(driver.findElement(By.id("events-hidden")).isDisplayed()).isTrue();
        assertNoCspViolationsNorErrors(driver.getCurrentUrl());
    }

    @Test
    void releaseDayElementsShowAndWork() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        open("/nl/");
        screenshot("overview-with-notice");
        open("/nl/?asof=2026-01-09");
        assertNoCspViolationsNorErrors("/nl/?asof=2026-01-09");
        screenshot("overview-pinned-2026-01-09");

        open("/nl/releases/2026-03-10");
        WebElement switches = driver.findElement(By.id("lagging-switches"));
        scrollTo(switches);
        assertThat(switches.isDisplayed()).isTrue();
        screenshot("release-2026-03-10-switches");

        open("/en/group/energy-intensive");
        WebElement feed = driver.findElement(By.cssSelector("#follow-feed a"));
        scrollTo(feed);
        assertThat(feed.isDisplayed()).isTrue();
        screenshot("group-feed-link");
        assertThat(feed.getAttribute("href")).endsWith("/en/group/energy-intensive.atom");
        assertThat(feed.getAttribute("type")).isEqualTo("application/atom+xml");
    }

    /** The pages of the release-day features, in both layouts: axe-core (WCAG 2.1 A and AA rules) finds nothing. */
    @Test
    void releaseDayPagesPassAxe() {
        List<String> problems = new java.util.ArrayList<>();
        for (String path : List.of("/nl/", "/nl/?asof=2026-01-09", "/nl/sector/20?from=2005-01",
                "/nl/sector/20?from=2005-01&events=0", "/en/group/energy-intensive?from=2005-01", "/nl/releases/2026-03-10")) {
            for (Dimension size : List.of(new Dimension(1280, 1000), new Dimension(375, 900))) {
                driver.manage().window().setSize(size);
                open(path);
                com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
                assertThat(results.isErrored()).as("axe ran on " + path).isFalse();
                results.getViolations().forEach(v -> problems.add(path + " at " + size.getWidth() + " px: " + v.getId()
                        + " (" + v.getHelp() + ") " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()));
            }
        }
        assertThat(problems).as("axe-core violations").isEmpty();
    }
}
