package nl.industriemonitor.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the CBS OData feed on 127.0.0.1, so that tests never reach the internet.
 *
 * <p>It serves the classpath folder {@code fixtureFolder} under the base URL
 * {@code http://127.0.0.1:<port>/<fixtureFolder>}. A request is named by its <em>page</em>: the path
 * below the base plus one {@code .name-value} part per query parameter other than {@code $format}
 * ({@code TypedDataSet?$format=json&$skip=8} is page {@code TypedDataSet.skip-8}); the page is served
 * from {@code <page>.json}, with every {@code {base}} in it replaced by the base URL so that an
 * {@code odata.nextLink} leads back here. Like the JSON feed it insists on {@code $format=json} (400
 * without it), and answers 404 for a page it has no file for.
 */
public final class FakeCbsServer implements AutoCloseable {

    private final HttpServer server;
    private final String folder;
    private final Map<String, String> replaced = new ConcurrentHashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Set<String> truncated = ConcurrentHashMap.newKeySet();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private FakeCbsServer(HttpServer server, String folder) {
        this.server = server;
        this.folder = folder;
    }

    /** Starts serving {@code fixtureFolder} (e.g. {@code "cbs/85806NED"}) on a free port. */
    public static FakeCbsServer start(String fixtureFolder) throws IOException {
        String folder = fixtureFolder.replaceAll("^/+|/+$", "");
        // headers and body go out as separate small writes; with Nagle on, each request waits ~40 ms for an ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        FakeCbsServer fake = new FakeCbsServer(http, folder);
        http.createContext("/", fake::handle);
        http.start();
        return fake;
    }

    /** The table root to give the reader; has no trailing slash. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + folder);
    }

    /** Serves {@code classpathResource} instead of the folder's file for {@code page}. */
    public FakeCbsServer replace(String page, String classpathResource) {
        replaced.put(page, classpathResource);
        return this;
    }

    /** Answers {@code page} with HTTP 500 from now on. */
    public FakeCbsServer failWith500(String page) {
        failing.add(page);
        return this;
    }

    /** Serves only the first half of {@code page}'s body, as if the transfer had been cut short. */
    public FakeCbsServer truncate(String page) {
        truncated.add(page);
        return this;
    }

    /** Serves the fixture folder as it is again: no replaced, failing or truncated pages; forgets requests. */
    public FakeCbsServer reset() {
        replaced.clear();
        failing.clear();
        truncated.clear();
        requests.clear();
        return this;
    }

    /** The pages asked for so far, in order (names as described on the class). */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String prefix = "/" + folder + "/";
            String path = exchange.getRequestURI().getRawPath();
            if (!path.startsWith(prefix)) {
                send(exchange, 404, "not below " + prefix);
                return;
            }
            StringBuilder page = new StringBuilder(path.substring(prefix.length()));
            boolean json = false;
            String query = exchange.getRequestURI().getRawQuery();
            for (String param : query == null ? new String[0] : query.split("&")) {
                String[] kv = URLDecoder.decode(param, StandardCharsets.UTF_8).split("=", 2);
                if (kv[0].equals("$format")) {
                    json = kv.length == 2 && kv[1].equals("json");
                } else {
                    page.append('.').append(kv[0].replace("$", "")).append('-')
                            .append(kv.length == 2 ? kv[1].replaceAll("[^A-Za-z0-9_-]", "_") : "");
                }
            }
            String name = page.toString();
            requests.add(name);
            if (failing.contains(name)) {
                send(exchange, 500, "fake failure of " + name);
                return;
            }
            if (!json) {
                send(exchange, 400, "this fake only speaks $format=json");
                return;
            }
            String resource = replaced.getOrDefault(name, folder + "/" + name + ".json");
            byte[] body;
            try (InputStream in = FakeCbsServer.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    send(exchange, 404, "no fixture " + resource);
                    return;
                }
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", baseUrl().toString())
                        .getBytes(StandardCharsets.UTF_8);
            }
            if (truncated.contains(name)) {
                body = Arrays.copyOf(body, body.length / 2);
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain;charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
