package nl.industriemonitor.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.qute.TemplateExtension;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Styles and scripts under names that change with their content ({@code /css/app.1a2b3c4d5e6f.css}, Chart.js
 * under its version), which browsers may keep for a year without asking; any other static file is sent with
 * {@code no-cache}, so a browser revalidates it instead of keeping an old copy after a new release of the app.
 * Templates write the names with {@code {asset:css}}, {@code {asset:charts}}, {@code {asset:share}} and
 * {@code {asset:chartjs}} (with its annotation plugin, {@code {asset:annotation}}). These files, the icon and
 * robots.txt are served from memory, compressed once ({@link StaticFiles}); any other static file goes to Vert.x.
 */
@ApplicationScoped
public class Assets {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "public, no-cache";
    private static final Pattern FINGERPRINTED = Pattern.compile("^(/(?:css|js)/[a-z-]+)\\.([0-9a-f]{12})(\\.(?:css|js))$");
    private static final Pattern VERSIONED_WEBJAR = Pattern.compile("^/webjars/[^/]+/\\d+\\.\\d+[^/]*/.*");
    private static final Map<String, String> HREFS = Map.of(
            "/css/app.css", fingerprinted("/css/app.css"),
            "/js/charts.js", fingerprinted("/js/charts.js"),
            "/js/share.js", fingerprinted("/js/share.js"));
    private static final String CHART_JS = "/webjars/chart.js/" + webjarVersion("chart.js") + "/dist/chart.umd.js";
    private static final String ANNOTATION = "/webjars/chartjs-plugin-annotation/"
            + webjarVersion("chartjs-plugin-annotation") + "/dist/chartjs-plugin-annotation.min.js";
    private static final String ASKED = "industriemonitor.asset-asked";
    private static final String TEXT = ";charset=UTF-8";
    /** The files served from memory, by the name they are asked for (other static files go to Vert.x). */
    private static final Map<String, StaticFiles.Source> IN_MEMORY = Map.of(
            "/css/app.css", own("/css/app.css", "text/css" + TEXT),
            "/js/charts.js", own("/js/charts.js", "text/javascript" + TEXT),
            "/js/share.js", own("/js/share.js", "text/javascript" + TEXT),
            "/favicon.svg", own("/favicon.svg", "image/svg+xml"),
            "/robots.txt", own("/robots.txt", "text/plain" + TEXT),
            CHART_JS, own(CHART_JS, "text/javascript" + TEXT),
            ANNOTATION, own(ANNOTATION, "text/javascript" + TEXT),
            // the web-dependency locator's names without the version
            "/webjars/chart.js/dist/chart.umd.js", own(CHART_JS, "text/javascript" + TEXT),
            "/webjars/chartjs-plugin-annotation/dist/chartjs-plugin-annotation.min.js",
            own(ANNOTATION, "text/javascript" + TEXT));

    private final StaticFiles files = new StaticFiles();

    void routes(@Observes Router router) {
        // before everything else: a fingerprinted name is served as the file it names
        router.route().order(-30).handler(this::serve);
    }

    void serve(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path == null || CachedPages.cacheable(path) || path.startsWith("/admin") || path.startsWith("/q/")) {
            ctx.next();
            return;
        }
        Matcher m = FINGERPRINTED.matcher(path);
        StaticFiles.Source inMemory = IN_MEMORY.get(m.matches() ? m.group(1) + m.group(3) : path);
        if (inMemory != null) {
            files.send(ctx, inMemory, immutable(path) ? IMMUTABLE : REVALIDATE);
            return;
        }
        // a reroute (here, or the web-dependency locator's) drops the headers-end handlers: set it on each pass,
        // and judge by the name the browser asked for
        if (ctx.get(ASKED) == null) {
            ctx.put(ASKED, path);
        }
        ctx.addHeadersEndHandler(ignored -> {
            int status = ctx.response().getStatusCode();
            if (status == 200 || status == 304) {
                ctx.response().putHeader("Cache-Control", immutable(ctx.get(ASKED)) ? IMMUTABLE : REVALIDATE);
            }
        });
        if (m.matches()) {
            ctx.reroute(m.group(1) + m.group(3));
            return;
        }
        ctx.next();
    }

    private static StaticFiles.Source own(String path, String contentType) {
        return new StaticFiles.Source("META-INF/resources" + path, contentType);
    }

    /** A current fingerprinted name, or a webjar under its version; an old fingerprint still gets the file. */
    static boolean immutable(String asked) {
        return HREFS.containsValue(asked) || VERSIONED_WEBJAR.matcher(asked).matches();
    }

    @TemplateExtension(namespace = "asset", matchName = "css")
    static String css() {
        return HREFS.get("/css/app.css");
    }

    @TemplateExtension(namespace = "asset", matchName = "charts")
    static String charts() {
        return HREFS.get("/js/charts.js");
    }

    @TemplateExtension(namespace = "asset", matchName = "share")
    static String share() {
        return HREFS.get("/js/share.js");
    }

    @TemplateExtension(namespace = "asset", matchName = "chartjs")
    static String chartjs() {
        return CHART_JS;
    }

    /** The UMD build of chartjs-plugin-annotation; it registers itself with the global Chart. */
    @TemplateExtension(namespace = "asset", matchName = "annotation")
    static String annotation() {
        return ANNOTATION;
    }

    static String fingerprinted(String path) {
        try (InputStream in = resource("META-INF/resources" + path)) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            String hash = HexFormat.of().formatHex(digest, 0, 6);
            int dot = path.lastIndexOf('.');
            return path.substring(0, dot) + "." + hash + path.substring(dot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String webjarVersion(String name) {
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/" + name + "/pom.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }
}
