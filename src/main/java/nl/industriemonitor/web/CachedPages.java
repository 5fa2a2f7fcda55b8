package nl.industriemonitor.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Serves a page that was rendered before for the same URL and data version straight from memory,
 * answers revalidations with 304, and stores every fresh 200 page on its way out — so a repeated
 * view costs about as much as a static file.
 */
@ApplicationScoped
public class CachedPages {

    /** Pages: short-lived in browsers; the ETag makes revalidation cheap. */
    static final String CACHE_CONTROL = "public, max-age=60";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final List<String> PREFIXES = List.of("/nl/", "/en/", "/embed/");

    @Inject
    PageCache cache;

    void routes(@Observes Router router) {
        // before Quarkus REST, so a hit never reaches routing, filters or templates
        router.route().order(-10).handler(this::serve);
    }

    void serve(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        if (req.method() != HttpMethod.GET || !cacheable(req.path())) {
            ctx.next();
            return;
        }
        Optional<PageCache.Entry> hit = cache.get(req.uri());
        if (hit.isEmpty()) {
            ctx.next();
            return;
        }
        PageCache.Entry entry = hit.get();
        HttpServerResponse res = ctx.response();
        entry.headers().forEach(res::putHeader);
        validators(res, entry.etag());
        if (entry.etag().equals(req.getHeader("If-None-Match"))) {
            res.setStatusCode(304).end();
        } else {
            // wraps the stored bytes without copying them: a hit allocates next to nothing
            res.end(Buffer.buffer(Unpooled.wrappedBuffer(entry.body())));
        }
    }

    private void validators(HttpServerResponse res, String etag) {
        res.putHeader("ETag", etag);
        res.putHeader("Cache-Control", CACHE_CONTROL);
        res.putHeader("Last-Modified", HTTP_DATE.format(cache.lastModified()));
    }

    static boolean cacheable(String path) {
        return PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** Stores fresh pages and adds their validators; turns a matching revalidation into a 304. */
    @ServerResponseFilter(priority = 10)
    public void store(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest raw) {
        if (raw.method() != HttpMethod.GET || response.getStatus() != 200 || !cacheable(raw.path())) {
            return;
        }
        byte[] body = body(response.getEntity());
        if (body == null) {
            return;
        }
        String etag = cache.etag(raw.uri());
        Map<String, String> headers = new LinkedHashMap<>();
        if (response.getMediaType() != null) {
            headers.put("Content-Type", response.getMediaType().toString());
        }
        response.getStringHeaders().forEach((name, values) -> {
            if (!values.isEmpty() && !name.equalsIgnoreCase("Content-Length")) {
                headers.put(name, values.get(0));
            }
        });
        cache.put(raw.uri(), new PageCache.Entry(Map.copyOf(headers), body, etag));
        if (response.getEntity() instanceof String) {
            // the bytes just made for the cache go out as they are, instead of being encoded a second time
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
        response.getHeaders().putSingle("ETag", etag);
        response.getHeaders().putSingle("Cache-Control", CACHE_CONTROL);
        response.getHeaders().putSingle("Last-Modified", HTTP_DATE.format(cache.lastModified()));
        if (etag.equals(request.getHeaderString("If-None-Match"))) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static byte[] body(Object entity) {
        if (entity instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        return entity instanceof byte[] b ? b : null;
    }
}
