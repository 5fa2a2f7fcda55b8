package nl.industriemonitor.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.netty.buffer.ByteBuf;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * The app's styles, scripts, icon and Chart.js kept in memory, each compressed once (gzip, and brotli at its
 * highest quality) the first time it is asked for, on a worker thread; every later answer sends stored bytes, as a
 * cached page does. Each coding has its own strong validator, made from the file's content.
 */
final class StaticFiles {

    /** A file as the classpath holds it: its resource name and its type. */
    record Source(String resource, String contentType) {
    }

    /** A loaded file: its codings and when it last changed (the time of its entry in the jar). */
    record Loaded(PageCache.Entry entry, Instant lastModified) {
    }

    private final Map<String, Future<Loaded>> loaded = new ConcurrentHashMap<>();

    /**
     * Sends {@code source} in the coding that suits the request, with {@code cacheControl}; the first request for a
     * file waits (without holding an event loop) while it is read and compressed.
     */
    void send(RoutingContext ctx, Source source, String cacheControl) {
        Future<Loaded> file = loaded.computeIfAbsent(source.resource(),
                r -> ctx.vertx().executeBlocking(() -> load(source), false));
        if (file.isComplete()) {
            answer(ctx, file, cacheControl);
            return;
        }
        Context context = Vertx.currentContext();
        file.onComplete(done -> context.runOnContext(ignored -> answer(ctx, file, cacheControl)));
    }

    private void answer(RoutingContext ctx, Future<Loaded> file, String cacheControl) {
        if (file.failed()) {
            ctx.fail(file.cause());
            return;
        }
        Loaded f = file.result();
        CachedPages.send(ctx, f.entry(), etag -> validators(etag, cacheControl, f), f.lastModified());
    }

    private static Map<String, String> validators(String etag, String cacheControl, Loaded file) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("ETag", etag);
        headers.put("Cache-Control", cacheControl);
        headers.put("Last-Modified", Conditional.HTTP_DATE.format(file.lastModified()));
        if (file.entry().bodies().size() > 1) {
            headers.put("Vary", "Accept-Encoding");
        }
        return headers;
    }

    static Loaded load(Source source) throws IOException {
        URL url = Thread.currentThread().getContextClassLoader().getResource(source.resource());
        if (url == null) {
            throw new IOException("missing resource " + source.resource());
        }
        var connection = url.openConnection();
        connection.setUseCaches(false);
        byte[] plain;
        try (InputStream in = connection.getInputStream()) {
            plain = in.readAllBytes();
        }
        long modified = connection.getLastModified();
        Instant lastModified = (modified > 0 ? Instant.ofEpochMilli(modified) : Instant.now()).truncatedTo(ChronoUnit.SECONDS);
        Map<Encoding, ByteBuf> bodies = new EnumMap<>(Encoding.class);
        Compressor.encodings(plain, source.contentType(), Compressor.STATIC_QUALITY)
                // kept for the life of the process: the reference made here is never given back
                .forEach((encoding, bytes) -> bodies.put(encoding, PageCache.Entry.offHeap(bytes)));
        PageCache.Entry entry = new PageCache.Entry(Map.of("Content-Type", source.contentType()),
                Collections.unmodifiableMap(bodies), "\"" + digest(plain) + "\"");
        return new Loaded(entry, lastModified);
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
