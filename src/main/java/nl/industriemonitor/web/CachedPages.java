package nl.industriemonitor.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.netty.buffer.ByteBuf;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
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
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Serves a page that was rendered before for the same address and data version straight from memory (GET and
 * HEAD), answers revalidations with 304, and stores fresh 200 pages on their way out — only under their canonical
 * address, so parameters a page ignores never fill the cache. A repeated view costs about as much as a static file.
 */
@ApplicationScoped
public class CachedPages {

    /** Pages: short-lived in browsers; the ETag makes revalidation cheap. */
    static final String CACHE_CONTROL = "public, max-age=60";
    /** Request property: the cache key a page's canonical form is stored under ({@code ShareService}). */
    public static final String KEY = "industriemonitor.cache-key";
    /** Request property: the stored entry a page's canonical form was found as; it is sent instead of a render. */
    public static final String HIT = "industriemonitor.cache-hit";
    private static final List<String> PREFIXES = List.of("/nl/", "/en/", "/embed/");
    /** Routing-context mark: the page goes out plain by choice, so Vert.x must not compress it. */
    private static final String PLAIN = "industriemonitor.plain";

    @Inject
    PageCache cache;

    @Inject
    PublicUrl publicUrl;

    @Inject
    CurrentVertxRequest routing;

    void routes(@Observes Router router) {
        // before Quarkus REST, so a hit never reaches routing, filters or templates
        router.route().order(-10).handler(this::serve);
    }

    void serve(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        if (!readOnly(req.method()) || !cacheable(req.path())) {
            ctx.next();
            return;
        }
        String key = publicUrl.cacheKey(req, req.uri());
        Optional<PageCache.Entry> hit = cache.get(key);
        if (hit.isEmpty() && req.query() != null) {
            hit = cache.getByAlias(key);
        }
        PageCache.Entry entry = hit.orElse(null);
        if (entry == null || !send(ctx, entry, etag -> validators(etag, entry.headers().get("Content-Type")),
                cache.lastModified())) {
            // made by a resource: if it goes out plain, Vert.x must not compress it behind our validator (headers-end
            // handlers run last-added first, so this one runs after the one Quarkus REST adds later, which would
            // drop the "identity" that stops Vert.x)
            ctx.addHeadersEndHandler(ignored -> {
                if (ctx.get(PLAIN) != null) {
                    ctx.response().headers().set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
                }
            });
            ctx.next();
        }
    }

    /**
     * Sends a stored answer in the coding that suits the request best, with that coding's validator: a 304 when the
     * request holds it, the headers alone for HEAD, else the stored bytes as they are (no copy, and no compression
     * on the way out: the coding is named, even "identity", so Vert.x leaves the body alone). False, with nothing
     * sent, when the cache freed the body meanwhile.
     */
    static boolean send(RoutingContext ctx, PageCache.Entry entry, Function<String, Map<String, String>> validators,
                        Instant lastModified) {
        HttpServerRequest req = ctx.request();
        Encoding encoding = entry.encodingFor(req.getHeader(HttpHeaders.ACCEPT_ENCODING));
        ByteBuf body = entry.retainedBody(encoding);
        if (body == null) {
            return false;
        }
        String etag = entry.etag(encoding);
        HttpServerResponse res = ctx.response();
        entry.headers().forEach(res::putHeader);
        validators.apply(etag).forEach(res::putHeader);
        res.putHeader(HttpHeaders.CONTENT_ENCODING, encoding.token);
        if (Conditional.notModified(req.getHeader("If-None-Match"), req.getHeader("If-Modified-Since"), etag,
                lastModified)) {
            body.release();
            res.setStatusCode(304).end();
        } else if (req.method() == HttpMethod.HEAD) {
            body.release();
            res.end();
        } else {
            // the stored bytes go out as they are, without a copy; they are ours until written (Vert.x
            // writes an unreleasable slice of them), then the reference is given back
            try {
                res.end(Buffer.buffer(body)).onComplete(done -> body.release());
            } catch (RuntimeException e) {
                body.release();
                throw e;
            }
        }
        return true;
    }

    static boolean readOnly(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
    }

    /** The validators and caching headers of a page in the current data version. */
    Map<String, String> validators(String etag, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ETag", etag);
        headers.put("Cache-Control", CACHE_CONTROL);
        headers.put("Last-Modified", Conditional.HTTP_DATE.format(cache.lastModified()));
        publicUrl.vary(contentType).ifPresent(vary -> headers.put("Vary", vary));
        return headers;
    }

    private boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag) {
        return Conditional.notModified(ifNoneMatch, ifModifiedSince, etag, cache.lastModified());
    }

    public static boolean cacheable(String path) {
        return PREFIXES.stream().anyMatch(path::startsWith);
    }

    /**
     * Adds validators to fresh 200 pages and turns a matching revalidation into a 304; stores the page when it
     * was made for its canonical address ({@link #KEY}), or for an address without parameters. The page goes out in
     * the coding the request takes best, compressed here once (and kept so when stored), with that coding's validator.
     */
    @ServerResponseFilter(priority = 10)
    public void store(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest raw) {
        if (!readOnly(raw.method()) || response.getStatus() != 200 || !cacheable(raw.path())) {
            return;
        }
        Object canonical = request.getProperty(KEY);
        if (canonical instanceof String k && raw.query() != null) {
            // another spelling of the canonical address: the next request spelled so is served from memory
            String asked = publicUrl.cacheKey(raw, raw.uri());
            if (!asked.equals(k)) {
                cache.alias(asked, k);
            }
        }
        String accepted = raw.getHeader(HttpHeaders.ACCEPT_ENCODING);
        String etag;
        Encoding encoding;
        byte[] encoded;
        if (request.getProperty(HIT) instanceof PageCache.Entry entry) {
            encoding = entry.encodingFor(accepted);
            encoded = entry.copy(encoding);
            if (encoded == null) {
                // freed since it was found: the plain copy the resource made goes out
                encoding = Encoding.IDENTITY;
            }
            etag = entry.etag(encoding);
        } else {
            byte[] body = body(response.getEntity());
            if (body == null) {
                return;
            }
            String key = canonical instanceof String k ? k
                    : raw.query() == null ? publicUrl.cacheKey(raw, raw.uri()) : null;
            String plainTag = cache.etag(key != null ? key : publicUrl.cacheKey(raw, raw.uri()));
            Map<String, String> headers = sent(response);
            Map<Encoding, byte[]> encodings = Compressor.encodings(body, headers.get("Content-Type"), Compressor.PAGE_QUALITY);
            if (key != null) {
                cache.put(key, headers, encodings, plainTag);
            }
            encoding = Encoding.best(accepted, encodings.keySet());
            encoded = encodings.get(encoding);
            etag = encoding.tag(plainTag);
        }
        if (encoded != null) {
            // the bytes just made for the cache go out as they are, instead of being encoded a second time
            response.setEntity(encoded, response.getEntityAnnotations(), response.getMediaType());
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        validators(etag, response.getMediaType() == null ? null : response.getMediaType().toString())
                .forEach(headers::putSingle);
        if (encoding == Encoding.IDENTITY) {
            routing.getCurrent().put(PLAIN, Boolean.TRUE);
        } else {
            headers.putSingle(HttpHeaders.CONTENT_ENCODING.toString(), encoding.token);
        }
        if (notModified(request.getHeaderString("If-None-Match"), request.getHeaderString("If-Modified-Since"), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /** The headers of a fresh page as they go out (without length and validators, which are set per answer). */
    private static Map<String, String> sent(ContainerResponseContext response) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (response.getMediaType() != null) {
            headers.put("Content-Type", response.getMediaType().toString());
        }
        response.getStringHeaders().forEach((name, values) -> {
            // the type goes out as Quarkus writes it for a fresh answer: from the media type, as above
            if (!values.isEmpty() && !name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Content-Type")) {
                headers.put(name, values.get(0));
            }
        });
        return headers;
    }

    private static byte[] body(Object entity) {
        if (entity instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        return entity instanceof byte[] b ? b : null;
    }
}
