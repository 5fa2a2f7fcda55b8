package nl.industriemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;

/**
 * While the data load at start, page requests wait for them instead of meeting an app without figures,
 * and get a 503 when they wait too long; forms are answered at once. Runs the gate on a real Vert.x server.
 */
class StartGateTest {

    private static final Duration WAIT = Duration.ofMillis(1500);

    private final AtomicBoolean loaded = new AtomicBoolean();
    private final CompletableFuture<Void> firstLoad = new CompletableFuture<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private Vertx vertx;
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.route().handler(StartGate.gate(loaded::get, firstLoad::copy, WAIT,
                ctx -> ctx.response().setStatusCode(503).end("starting")));
        // what a page shows depends on the data being there when it runs
        router.route().handler(ctx -> ctx.response().end(loaded.get() ? "figures" : "no figures"));
        server = vertx.createHttpServer().requestHandler(router).listen(0).toCompletionStage()
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aPageAskedForDuringTheLoadWaitsAndShowsTheFigures() throws Exception {
        CompletableFuture<HttpResponse<String>> page = get("/nl/");
        Thread.sleep(300);
        assertThat(page).as("still waiting for the data").isNotDone();
        loaded.set(true);
        firstLoad.complete(null);
        HttpResponse<String> answer = page.get(10, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("figures");
    }

    @Test
    void onceLoadedRequestsPassStraightThrough() throws Exception {
        loaded.set(true);
        firstLoad.complete(null);
        assertThat(get("/nl/sector/20").get(10, TimeUnit.SECONDS).body()).isEqualTo("figures");
    }

    @Test
    void aPageWaitingTooLongGetsTheUnavailableAnswer() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer = get("/en/").get(10, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).isEqualTo("starting");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(WAIT);
    }

    @Test
    void staticFilesNeverWait() throws Exception {
        for (String path : new String[] {"/css/app.css", "/webjars/chart.js/dist/chart.umd.js", "/robots.txt"}) {
            assertThat(get(path).get(1, TimeUnit.SECONDS).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aFailedLoadAnswersTheWaitingRequestsAtOnce() throws Exception {
        CompletableFuture<HttpResponse<String>> page = get("/nl/");
        Thread.sleep(200);
        firstLoad.completeExceptionally(new IllegalStateException("database locked"));
        assertThat(page.get(1, TimeUnit.SECONDS).statusCode()).isEqualTo(503);
    }

    @Test
    void aFormIsNotHeldButAnsweredAtOnce() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(uri("/admin/login"))
                .POST(HttpRequest.BodyPublishers.ofString("username=a&password=b")).build();
        HttpResponse<String> answer = client.sendAsync(post, HttpResponse.BodyHandlers.ofString()).get(1, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(503);
    }

    private CompletableFuture<HttpResponse<String>> get(String path) {
        return client.sendAsync(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.actualPort() + path);
    }
}
