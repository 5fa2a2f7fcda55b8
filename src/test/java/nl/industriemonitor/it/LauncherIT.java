package nl.industriemonitor.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Starts the packaged app with {@code bin/industriemonitor}, as the README says, from a folder of the
 * user's: the JVM gets the default options of {@code bin/jvm.options} and maps the class-data archive
 * made at package time, while the database and a relative administrators file stay in the user's folder.
 */
class LauncherIT {

    @TempDir
    Path work;

    @Test
    void theLauncherStartsWithTheDefaultsAndKeepsTheDataWhereItWasStarted() throws Exception {
        Path app = Path.of(System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        assertThat(app.resolveSibling("app-cds.jsa")).as("class-data archive made by the package").exists();
        Files.writeString(work.resolve("admins.txt"), "editor:" + BcryptUtil.bcryptHash("not used here", 4) + "\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = work.resolve("app.log");
        Path classes = work.resolve("classes.txt");
        ProcessBuilder builder = new ProcessBuilder(List.of("sh", Path.of("bin/industriemonitor").toAbsolutePath().toString()))
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        List.of("MALLOC_ARENA_MAX", "MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_").forEach(builder.environment()::remove);
        builder.environment().put("INDUSTRIEMONITOR_JAR", app.toString());
        builder.environment().put("INDUSTRIEMONITOR_ADMIN_USERS_FILE", "admins.txt");
        builder.environment().put("JAVA_OPTS", "-Dquarkus.http.port=" + port
                + " -Dindustriemonitor.cbs.refresh-on-start=false -Xlog:class+load=info:file=" + classes);
        Process process = builder.start();
        try {
            String page = waitForPage(port, log);
            assertThat(page).contains("CBS");
            // the launcher execs java: the same process, with the defaults before the caller's options
            List<String> args = List.of(process.info().arguments().orElseThrow());
            assertThat(args).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                    "-XX:SharedArchiveFile=app-cds.jsa", "-Dindustriemonitor.work-dir=" + work.toRealPath());
            assertThat(args.indexOf("-Xmx256m")).isLessThan(args.indexOf("-Dquarkus.http.port=" + port));
            Path environ = Path.of("/proc", Long.toString(process.pid()), "environ");
            if (Files.exists(environ)) {
                // glibc's malloc arenas and thresholds, which the launcher sets unless the caller chose
                String env = new String(Files.readAllBytes(environ), StandardCharsets.ISO_8859_1);
                assertThat(env.split("\0")).contains("MALLOC_ARENA_MAX=2", "MALLOC_MMAP_THRESHOLD_=16777216",
                        "MALLOC_TRIM_THRESHOLD_=16777216");
            }
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        assertThat(work.resolve("data/industriemonitor.mv.db")).exists();
        assertThat(app.resolveSibling("data")).doesNotExist();
        assertThat(Files.readString(log)).contains("1 administrator(s) configured");
        String loaded = Files.readString(classes);
        assertThat(loaded).as("classes read from the archive").contains("source: shared objects file (top)");
        // the training run links every class it loaded, so that the archive holds them; before, some 2,300 of a
        // start's classes (Hibernate's, H2's, the app's records) were loaded but never linked, and read from the jars
        assertThat(loaded.lines().filter(l -> l.contains(" source: file:")).count()).as("classes read from the jars")
                .isLessThan(500);
    }

    private static String waitForPage(int port, Path log) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/nl/"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return r.body();
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no page within 90 s:\n" + Files.readString(log));
    }
}
