package nl.industriemonitor.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import nl.industriemonitor.IndustriemonitorConfig;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;

/**
 * Once the server listens and the data are read at start, asks this server, one after the other, for the pages
 * readers open first: one of each kind. They go through the whole request path as a browser's would, so they are
 * in the page cache for the first readers (under the public address when one is configured), and the code that
 * makes every page, run once, is compiled before the first reader's own page: without it the first page of each
 * kind took two to four times its usual time (measured in {@code docs/benchmarks.md}). A page that fails is
 * logged and skipped. No reader waits for it; the instance reports ready ({@code /q/health/ready}) once it is over.
 */
@ApplicationScoped
public class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);
    /** One page of each kind, the overview first (the one the first reader is most likely waiting for). */
    static final List<String> PAGES = List.of("/nl/", "/en/", "/nl/sector/20", "/nl/group/energy-intensive",
            "/nl/compare", "/nl/revisions");

    /**
     * The pages of {@link #PAGES} and, when the data hold an earlier publication, the kinds whose making differs
     * as of a date and over the longest period (the shared "as published then" links and the "since 2005" choice):
     * the overview, and chemicals and a comparison since the first range start, as the previous publication showed
     * them. Without them the first such page after a start took about twice its usual time.
     */
    static List<String> pages(Snapshot snapshot) {
        List<LocalDate> dates = snapshot.releases().stream().map(ReleaseInfo::published).filter(Objects::nonNull)
                .distinct().sorted().toList();
        if (dates.size() < 2) {
            return PAGES;
        }
        String asOf = "asof=" + dates.get(dates.size() - 2);
        String from = "from=" + RangeLinks.STARTS.get(0);
        List<String> pages = new ArrayList<>(PAGES);
        pages.addAll(List.of("/nl/?" + asOf, "/nl/sector/20?" + from + "&" + asOf, "/nl/compare?" + from + "&" + asOf));
        return pages;
    }

    @Inject
    SnapshotHolder snapshots;

    @Inject
    IndustriemonitorConfig config;

    /** Longest a start reports "not ready" for the warm-up's sake. */
    private static final Duration MOST = Duration.ofSeconds(30);

    /** Completes when the warm-up is over, however it went (at once when it is off). */
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    /**
     * Whether the warm-up is over: the instance reports ready only then ({@link WarmUpReadiness}), so that a
     * load balancer sends it readers once its pages are made as fast as they will be (at most {@link #MOST} after the
     * data were read).
     */
    public boolean done() {
        return done.isDone() || !config.data().warmUp();
    }

    void listening(@ObservesAsync HttpServerStart start) {
        if (!config.data().warmUp()) {
            done.complete(null);
            return;
        }
        String host = start.options().getHost();
        String address = host == null || host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        // the overview first: a reader waiting for it at start is answered by the same making of it (PagesInMaking)
        // when both ask for it under one address (one public address configured, or the same host)
        snapshots.firstLoad().thenRun(() -> {
            done.completeOnTimeout(null, MOST.toMillis(), TimeUnit.MILLISECONDS);
            Thread thread = new Thread(() -> {
                try {
                    run(address, port(start.options().getPort()));
                } finally {
                    done.complete(null);
                }
            }, "warm-up");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The port the server listens on: a random one (port 0) is in the configuration once the server listens. */
    private static int port(int configured) {
        if (configured != 0) {
            return configured;
        }
        String property = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        return ConfigProvider.getConfig().getOptionalValue(property, Integer.class).orElse(0);
    }

    /** Asks {@code address:port} for {@link #PAGES}; returns how many answered 200. */
    public int run(String address, int port) {
        if (port <= 0) {
            LOG.info("Warm-up skipped: the server's port is not known");
            return 0;
        }
        long started = System.nanoTime();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int ok = 0;
        List<String> pages = pages(snapshots.current());
        for (String page : pages) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + hostPart(address) + ":" + port + page))
                    .timeout(Duration.ofSeconds(60)).header("Accept-Encoding", "gzip, deflate, br").GET().build();
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    ok++;
                } else {
                    LOG.infof("Warm-up: %s answered %d", page, status);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ok;
            } catch (Exception e) {
                LOG.infof("Warm-up: %s could not be asked for (%s)", page, e.toString());
            }
        }
        LOG.infof("Warm-up: %d of %d pages made in %d ms", ok, pages.size(), (System.nanoTime() - started) / 1_000_000);
        return ok;
    }

    private static String hostPart(String address) {
        return address.indexOf(':') >= 0 && !address.startsWith("[") ? "[" + address + "]" : address;
    }
}
