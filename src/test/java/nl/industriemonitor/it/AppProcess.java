package nl.industriemonitor.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged app started as its own process on a free port, with its log in a file. */
final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private AppProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts {@code jar} in {@code dir} with the environment {@code env} added and {@code properties} as -D. */
    static AppProcess start(String name, String jar, Path dir, Map<String, String> env, List<String> properties)
            throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port));
        properties.forEach(p -> cmd.add("-D" + p));
        cmd.addAll(List.of("-jar", jar));
        Path log = dir.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        return new AppProcess(name, port, log, pb.start());
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    void awaitLog(String line, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (log().contains(line)) {
                return;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no '" + line + "' in the log of " + name + " within " + within + ":\n" + log());
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The data version this instance serves, from the ETag of {@code /nl/} ("version-hash"). */
    long servedVersion() throws Exception {
        HttpResponse<String> r = get("/nl/");
        if (r.statusCode() != 200) {
            throw new AssertionError(name + " answered " + r.statusCode() + " on /nl/");
        }
        String etag = r.headers().firstValue("ETag").orElseThrow().replaceAll("^(W/)?\"", "");
        return Long.parseLong(etag.substring(0, etag.indexOf('-')));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** kill -9: no shutdown hook, no rollback by the app itself. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
