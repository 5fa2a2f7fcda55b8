package nl.industriemonitor.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;

import nl.industriemonitor.IndustriemonitorConfig;
import nl.industriemonitor.freshness.FreshnessService;

/**
 * Where absolute links point: the configured {@code industriemonitor.public-url}, or else the scheme and host
 * of the request itself; in that case every cache key starts with them, so a page made for one host (a forged
 * {@code Host} included) is never served to a reader of another.
 */
@ApplicationScoped
public class PublicUrl {

    private final Optional<String> configured;
    private final boolean forwarded;

    @Inject
    CurrentVertxRequest current;

    @Inject
    FreshnessService freshness;

    @Inject
    public PublicUrl(IndustriemonitorConfig config) {
        configured = config.publicUrl().map(PublicUrl::withoutSlash);
        // behind a proxy that forwards the host, links made per request depend on its headers too
        forwarded = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class).orElse(false);
    }

    /** The bean, for static callers on a request thread. */
    public static PublicUrl get() {
        return Arc.container().instance(PublicUrl.class).get();
    }

    public boolean configured() {
        return configured.isPresent();
    }

    /** Scheme and host (no trailing slash) for absolute links in the answer to the current request. */
    public String base() {
        return base(current.getCurrent().request());
    }

    public String base(HttpServerRequest request) {
        return configured.orElseGet(() -> ofRequest(request));
    }

    /**
     * What a cached answer to {@code uri} is stored under: the URI, the host when links depend on it, and what the
     * page shows of the clock beyond the data (a notice that newer releases are probably missing: {@link
     * FreshnessService#stamp()}), so that no page outlives the notice it shows.
     */
    public String cacheKey(HttpServerRequest request, String uri) {
        String stamp = freshness == null ? "" : freshness.stamp();
        String key = configured.isPresent() ? uri : ofRequest(request) + uri;
        return stamp.isEmpty() ? key : stamp + " " + key;
    }

    /**
     * The request headers a cached answer of this type varies by besides its address: the encoding for whatever
     * is stored compressed (text; never images), and the forwarded host when links are made per request.
     */
    public Optional<String> vary(String contentType) {
        List<String> vary = new ArrayList<>();
        if (Compressor.compressible(contentType)) {
            vary.add("Accept-Encoding");
        }
        if (configured.isEmpty() && forwarded) {
            vary.add("Forwarded, X-Forwarded-Host, X-Forwarded-Proto");
        }
        return vary.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", vary));
    }

    static String ofRequest(HttpServerRequest request) {
        var authority = request.authority();
        return request.scheme() + "://" + (authority == null ? "localhost" : authority.toString());
    }

    static String withoutSlash(URI uri) {
        String s = uri.toString();
        if (!uri.isAbsolute() || !(s.startsWith("http://") || s.startsWith("https://")) || uri.getHost() == null) {
            throw new IllegalArgumentException("industriemonitor.public-url must be an absolute http(s) address: " + s);
        }
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
