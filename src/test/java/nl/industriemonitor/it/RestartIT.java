package nl.industriemonitor.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.industriemonitor.imports.FakeCbsServer;

/**
 * Runs the packaged app twice on one H2 file, as a user would: what was imported survives the
 * restart, and the bundled snapshot is not imported a second time.
 */
class RestartIT {

    @TempDir
    Path dir;

    private record Counts(long releases, long figures) {
    }

    @Test
    void dataSurvivesARestartAndTheBundledSnapshotIsImportedOnce() throws Exception {
        Path db = dir.resolve("db/industriemonitor");
        try (FakeCbsServer cbs = FakeCbsServer.start("cbs/85806NED")) {
            // first start: empty database, bundled files, then a (fake) CBS download in the background
            Path log1 = dir.resolve("first.log");
            Process first = start(db, log1, "-Dindustriemonitor.cbs.refresh-on-start=true",
                    "-Dindustriemonitor.cbs.base-url=" + cbs.baseUrl());
            int port1 = port;
            try {
                waitFor(log1, "Import of CBS OData");
                waitFor(log1, "Listening on");
                assertThat(get(port1, "/nl/?month=2025-11")).contains("\u22120,3").contains("10 april 2026");
            } finally {
                stop(first);
            }
        }
        Counts afterFirst = counts(db);
        // 21 production releases + 3 producer-confidence releases + 1 from CBS + the bundled Eurostat release
        // (data_release holds Eurostat's releases too since V9; the Eurostat refresh at start reaches no server here)
        assertThat(afterFirst.releases()).isEqualTo(26);

        Path log2 = dir.resolve("second.log");
        Process second = start(db, log2, "-Dindustriemonitor.cbs.refresh-on-start=false");
        try {
            // the data are read beside the rest of the start (BundledSnapshot): either may end first
            waitFor(log2, "Data snapshot version");
            waitFor(log2, "Listening on");
            assertThat(Files.readString(log2)).contains("Bundled CBS figures already imported (same files)")
                    .doesNotContain("Import of bundled");
            assertThat(get(port, "/nl/?month=2025-11&asof=2026-01-09")).contains("+0,7");
        } finally {
            stop(second);
        }
        assertThat(counts(db)).isEqualTo(afterFirst);
    }

    private int port;

    private Process start(Path db, Path log, String... extra) throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + db + ";DB_CLOSE_ON_EXIT=FALSE"));
        cmd.addAll(List.of(extra));
        cmd.addAll(List.of("-jar", System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar")));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitFor(Path log, String line) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no '" + line + "' in the app log within 90 s:\n" + Files.readString(log));
    }

    private static String get(int port, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }

    private static Counts counts(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "industriemonitor", "")) {
            return new Counts(count(c, "select count(*) from data_release"), count(c, StoredFigures.FIGURE_COUNT));
        }
    }

    private static long count(Connection c, String query) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
