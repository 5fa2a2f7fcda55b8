package nl.industriemonitor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.industriemonitor.imports.FakeCbsServer;

/**
 * Two instances of the packaged PostgreSQL variant on one database, as behind a load balancer: a release
 * stored by one is served by the other within the poll bound, a preview made on one is confirmed on the
 * other, each scheduled refresh runs on one of them, and an instance killed in the middle of an import
 * leaves the other serving the previous data and no half release behind. Needs a throwaway PostgreSQL
 * database in INDUSTRIEMONITOR_TEST_PG_URL (the test empties it) and the variant in target/pg.
 */
class ClusterIT {

    private static final String URL = System.getenv("INDUSTRIEMONITOR_TEST_PG_URL");
    private static final String USER = System.getenv().getOrDefault("INDUSTRIEMONITOR_TEST_PG_USER", "industriemonitor");
    private static final String PASSWORD = System.getenv().getOrDefault("INDUSTRIEMONITOR_TEST_PG_PASSWORD", "industriemonitor");
    /** What the issue promises: another instance serves a new release within 10 s (here the poll runs every second). */
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final Duration START = Duration.ofSeconds(120);
    private static final Pattern RUNS = Pattern.compile("Scheduled CBS refresh of (\\S+)Z runs here");
    private static final Pattern SKIPS = Pattern.compile("Scheduled CBS refresh of (\\S+)Z skipped here");
    private static final String IMPORTED = "imported as a new release";
    private static final String UPLOAD = "sbi_code,sbi_title,period,production_index,production_index_sa,"
            + "yoy_calendar_adjusted_pct,mom_sa_pct,turnover_yoy_pct,provisional,published,published_exact,source\n"
            + "C,C Industrie,2026-10,101.5,100.9,1.2,0.3,,true,2026-11-10,true,cluster test upload\n";

    @TempDir
    Path dir;

    @BeforeAll
    static void needsPostgres() {
        if (URL == null) {
            System.out.println("ClusterIT skipped: no PostgreSQL. Set INDUSTRIEMONITOR_TEST_PG_URL to a throwaway"
                    + " database (.ci/run does, with .ci/postgres) and build the variant: ./mvnw package -Dquarkus.profile=pg");
        }
        assumeTrue(URL != null, "ClusterIT needs INDUSTRIEMONITOR_TEST_PG_URL (a throwaway PostgreSQL database)");
    }

    @Test
    void twoInstancesOnOneDatabaseServeTheSameDataAndRefreshOnce() throws Exception {
        String jar = System.getProperty("pg.app.jar", "target/pg/quarkus-run.jar");
        assertThat(Path.of(jar)).as("the PostgreSQL variant; build it with ./mvnw package -DskipTests -Dquarkus.profile=pg")
                .exists();
        emptyDatabase();
        try (FakeCbsServer cbs = FakeCbsServer.start("cbs/85806NED");
             AppProcess a = start("a", jar, cbs); AppProcess b = start("b", jar, cbs)) {
            // the port opens before the data are read (BundledSnapshot): wait for each one's first snapshot
            a.awaitLog("Data snapshot version", START);
            b.awaitLog("Data snapshot version", START);
            // started together on an empty database, they imported the bundled files once
            assertThat(query("select count(*) from data_release where imported_by = 'bundled CBS figures'")).isEqualTo(24);

            // the first scheduled refresh stores CBS's table on one of them; the other serves it within the bound
            await(() -> (a.log() + b.log()).contains(IMPORTED), START, "a scheduled import");
            AppProcess importer = a.log().contains(IMPORTED) ? a : b;
            AppProcess other = importer == a ? b : a;
            long cbsRelease = query("select max(id) from data_release");
            Instant seen = Instant.now();
            await(() -> other.servedVersion() == cbsRelease, BOUND, other.name + " serving release " + cbsRelease);
            System.out.printf("ClusterIT: %s stored release %d, %s served it %d ms after the test saw it stored%n",
                    importer.name, cbsRelease, other.name, Duration.between(seen, Instant.now()).toMillis());

            // a preview made on one instance is confirmed on the other
            AdminBrowser browser = new AdminBrowser();
            assertThat(browser.login(a, "admin", "test-admin-password").getHeader("Location")).endsWith("/admin");
            browser.open(b, "/admin");
            Response preview = browser.upload(a, "october.csv", UPLOAD.getBytes(StandardCharsets.UTF_8));
            assertThat(preview.statusCode()).isEqualTo(200);
            String uploadId = Jsoup.parse(preview.asString()).selectFirst("form[action=/admin/import] input[name=upload]")
                    .attr("value");
            Response confirmed = browser.post(b, "/admin/import", Map.of("upload", uploadId));
            assertThat(confirmed.statusCode()).isEqualTo(200);
            long uploaded = query("select id from data_release where source = 'cluster test upload'");
            await(() -> a.servedVersion() == uploaded && b.servedVersion() == uploaded, BOUND, "both serving the upload");
            assertThat(browser.post(a, "/admin/import", Map.of("upload", uploadId)).statusCode()).isEqualTo(409);

            // every fire time ran on exactly one instance, and both fired at the same times
            await(() -> count(SKIPS, a.log() + b.log()) >= 3, START, "three fire times skipped by one instance");
            Set<String> skipped = slots(SKIPS, a.log() + b.log()).keySet();
            // the winner logs "runs here" right after its claim, which may be a moment after the loser's line
            await(() -> slots(RUNS, a.log() + b.log()).keySet().containsAll(skipped), BOUND, "the runs of " + skipped);
            assertThat(slots(RUNS, a.log() + b.log()).values()).as("runs per fire time").allMatch(n -> n == 1);
            assertThat(slots(SKIPS, a.log() + b.log()).values()).as("skips per fire time").allMatch(n -> n == 1);
            assertThat(occurrences(IMPORTED, a.log() + b.log())).isEqualTo(1);

            killedInTheMiddleOfAnImport(cbs, a, b);
        }
    }

    /** CBS publishes again; the instance that takes the import is killed while its rows go in. */
    private void killedInTheMiddleOfAnImport(FakeCbsServer cbs, AppProcess a, AppProcess b) throws Exception {
        long served = query("select max(id) from data_release");
        long releases = query("select count(*) from data_release");
        AppProcess victim;
        AppProcess survivor;
        int importedBefore;
        try (Connection blocker = connect()) {
            blocker.setAutoCommit(false);
            // the import's release row goes in, its figures (CellWriter's insert) wait here: the moment to kill it
            blocker.createStatement().execute("lock table observation_series in share mode");
            cbs.replace("TableInfos", "cbs/85806NED-revised/TableInfos.json")
                    .replace("TypedDataSet", "cbs/85806NED-revised/TypedDataSet.json");
            String app = awaitValue(() -> text("select application_name from pg_stat_activity where wait_event_type ="
                    + " 'Lock' and query like 'insert into observation_series%'"), START, "an import waiting for its figures");
            victim = app.equals("industriemonitor-it-a") ? a : b;
            survivor = victim == a ? b : a;
            importedBefore = occurrences(IMPORTED, survivor.log());
            victim.kill();
            assertThat(survivor.servedVersion()).isEqualTo(served);
            assertThat(query("select count(*) from data_release")).isEqualTo(releases);
            blocker.rollback();
        }
        // PostgreSQL rolls the dead instance's transaction back; the survivor then takes a later fire time
        String gone = "select count(*) from pg_stat_activity where application_name = 'industriemonitor-it-" + victim.name + "'";
        await(() -> query(gone) == 0, START, "the killed instance's sessions to end");
        assertThat(survivor.servedVersion()).isGreaterThanOrEqualTo(served);
        assertThat(query(StoredFigures.RELEASES_STORED_IN_PART)).as("releases stored in part").isZero();
        await(() -> query("select count(*) from data_release") == releases + 1, START, "the survivor storing the release");
        assertThat(occurrences(IMPORTED, survivor.log())).isEqualTo(importedBefore + 1);
        long revised = query("select max(id) from data_release");
        await(() -> survivor.servedVersion() == revised, BOUND, "the survivor serving the revised release");
        assertThat(query(StoredFigures.RELEASES_STORED_IN_PART)).isZero();
    }

    private AppProcess start(String name, String jar, FakeCbsServer cbs) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", URL);
        env.put("QUARKUS_DATASOURCE_USERNAME", USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", PASSWORD);
        env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "cluster-it-session-key-the-same-on-every-instance");
        return AppProcess.start(name, jar, Files.createDirectories(dir.resolve(name)), env, List.of(
                "quarkus.datasource.jdbc.additional-jdbc-properties.ApplicationName=industriemonitor-it-" + name,
                "industriemonitor.cbs.base-url=" + cbs.baseUrl(),
                "industriemonitor.cbs.refresh-on-start=false",
                "industriemonitor.cbs.refresh-cron=0/3 * * * * ?",
                "industriemonitor.data.poll-interval=1s",
                "industriemonitor.admin.user=admin",
                // the hash of test-admin-password, as in %test of application.properties
                "industriemonitor.admin.password-hash=$2a$10$l9BtNHFvz12a57DzZQT0oek.HZ4/NNHF7iXRTQApBx89u3Jaaq8Fu"));
    }

    private static Map<String, Integer> slots(Pattern line, String log) {
        Map<String, Integer> slots = new HashMap<>();
        Matcher m = line.matcher(log);
        while (m.find()) {
            slots.merge(m.group(1), 1, Integer::sum);
        }
        return slots;
    }

    private static int count(Pattern line, String log) {
        return slots(line, log).values().stream().mapToInt(Integer::intValue).sum();
    }

    private static int occurrences(String text, String in) {
        return in.split(Pattern.quote(text), -1).length - 1;
    }

    private static void emptyDatabase() throws Exception {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("drop schema if exists public cascade");
            st.execute("create schema public");
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    private static long query(String sql) throws Exception {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private static String text(String sql) throws Exception {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void await(Callable<Boolean> condition, Duration within, String what) throws Exception {
        awaitValue(() -> condition.call() ? "yes" : null, within, what);
    }

    private static <T> T awaitValue(Callable<T> value, Duration within, String what) throws Exception {
        Instant deadline = Instant.now().plus(within);
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                T v = value.call();
                if (v != null) {
                    return v;
                }
            } catch (Exception | AssertionError e) {
                last = e instanceof Exception ex ? ex : new Exception(e);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("waited " + within + " in vain for " + what, last);
    }
}
