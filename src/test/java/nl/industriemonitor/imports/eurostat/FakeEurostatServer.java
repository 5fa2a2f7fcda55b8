package nl.industriemonitor.imports.eurostat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Eurostat's dissemination API on 127.0.0.1, so that tests never reach the internet: it answers
 * {@code /statistics/1.0/data/sts_inpr_m} with one fixture of {@code src/test/resources/eurostat/} (chosen by the
 * test), with a given HTTP status, and remembers every query it was asked.
 */
public final class FakeEurostatServer implements AutoCloseable {

    static final String PATH = "/eurostat/api/dissemination/statistics/1.0/data/sts_inpr_m";

    private final HttpServer server;
    private volatile String fixture = "eurostat/sts_inpr_m.json";
    private volatile int status = 200;
    private final List<String> queries = new CopyOnWriteArrayList<>();

    private FakeEurostatServer(HttpServer server) {
        this.server = server;
    }

    public static FakeEurostatServer start() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        FakeEurostatServer fake = new FakeEurostatServer(http);
        http.createContext("/", fake::handle);
        http.start();
        return fake;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** Answers with {@code classpathResource} and {@code httpStatus} from now on; forgets the queries. */
    public FakeEurostatServer answer(String classpathResource, int httpStatus) {
        fixture = classpathResource;
        status = httpStatus;
        queries.clear();
        return this;
    }

    /** The raw query strings asked for so far. */
    public List<String> queries() {
        return List.copyOf(queries);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getRawPath().equals(PATH)) {
                send(exchange, 404, "text/plain", "not " + PATH);
                return;
            }
            queries.add(exchange.getRequestURI().getRawQuery());
            try (InputStream in = FakeEurostatServer.class.getClassLoader().getResourceAsStream(fixture)) {
                if (in == null) {
                    send(exchange, 500, "text/plain", "no fixture " + fixture);
                    return;
                }
                send(exchange, status, "application/json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + ";charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
