package nl.industriemonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Generated requests over every public route with random and boundary values in every parameter and
 * path segment: never a 5xx, never a stack trace, every refusal readable in the page's language and
 * format (see {@link Refusals}). The seed is fixed so a failure can be replayed; run another with
 * {@code -Dfuzz.seed=...}, more with {@code -Dfuzz.requests=...}.
 */
@QuarkusTest
class QueryFuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 85806L);
    static final int REQUESTS = Integer.getInteger("fuzz.requests", 20_000);

    @TestHTTPResource("/")
    URL base;

    @Test
    void generatedRequestsNeverBreakAPage() throws Exception {
        FuzzUrls urls = new FuzzUrls(new Random(SEED));
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            targets.add(urls.next());
        }
        RawHttp http = new RawHttp(base);
        int maxLine = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-initial-line-length", Integer.class)
                .orElse(4096);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        java.util.Map<String, Long> timings = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    String target = targets.get(n);
                    long start = System.nanoTime();
                    try {
                        Refusals.check(target, http.get(target), maxLine).ifPresent(problem ->
                                failures.add("seed " + SEED + ", request " + n + ": GET " + abbreviated(target) + " -> " + problem));
                    } catch (Exception e) {
                        failures.add("seed " + SEED + ", request " + n + ": GET " + abbreviated(target) + " -> " + e);
                    }
                    timings.merge(kind(target), System.nanoTime() - start, Long::sum);
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/fuzz-failures.txt"), failures);
        System.out.printf("Fuzzed %d requests (seed %d), %d failures; milliseconds spent per kind: %s%n", targets.size(), SEED,
                failures.size(), timings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() / 1_000_000).sorted().toList());
        failures.stream().limit(40).forEach(System.out::println);
        assertThat(failures).as("%d of %d requests failed (seed %d)", failures.size(), targets.size(), SEED).isEmpty();
        assertThat(urls.routesUsed()).as("routes fuzzed").hasSizeGreaterThanOrEqualTo(FuzzUrls.ROUTES);
    }

    private static String kind(String target) {
        String path = target.split("\\?", 2)[0];
        String kind = path.startsWith("/embed/") ? "embed" : path.replaceAll("^.*\\.(csv|json|png|atom)$", "$1");
        return kind.startsWith("/") ? (target.length() > 4000 ? "long" : "html") : kind;
    }

    private static String abbreviated(String target) {
        return target.length() <= 300 ? target : target.substring(0, 300) + "... (" + target.length() + " chars)";
    }
}
