package nl.industriemonitor.web;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.util.IllegalReferenceCountException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.industriemonitor.IndustriemonitorConfig;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;

/**
 * Rendered responses (pages, downloads, previews) by canonical address and data version. The data change about
 * once a month, so a page for given parameters is rendered once and then served like a file; a new snapshot
 * version empties the cache. Its memory is bounded in bytes: bodies, keys and headers are all weighed. Bodies
 * live outside the Java heap and are freed when they leave the cache: 64 MB of long-lived bodies in a 256 MB
 * serial heap made every full collection copy them (pauses of 250 ms during an image burst). A text body is
 * compressed once, when it is stored, into gzip and brotli beside its plain bytes, so that no answer from the
 * cache compresses anything.
 */
@ApplicationScoped
public class PageCache {

    /** What a stored answer costs beyond its body, key and headers: the entry, the map and the cache's node. */
    static final int OVERHEAD = 256;
    /**
     * Memory for aliases: other spellings of a stored page's address (defaults written out, parameters in
     * another order or ignored), each mapped to the canonical one, so a link shared that way is a hit too.
     */
    static final long ALIAS_BYTES = 2 << 20;

    /**
     * One stored answer: status 200, its headers as sent (without the coding), its body in every coding it is
     * stored in (off the heap, reference-counted: the cache holds one reference, each answer being written
     * another), and the (weak) validator of its plain bytes, from which each coding's own is made.
     */
    public record Entry(Map<String, String> headers, Map<Encoding, ByteBuf> bodies, String etag) {

        /** An answer whose body is stored in its plain bytes only (as a test or a caller of old may make one). */
        public Entry(Map<String, String> headers, ByteBuf body, String etag) {
            this(headers, Map.of(Encoding.IDENTITY, body), etag);
        }

        int weight(String key) {
            int headerChars = headers.entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length()).sum();
            int bytes = bodies.values().stream().mapToInt(ByteBuf::readableBytes).sum();
            return OVERHEAD * bodies.size() + bytes + 2 * (key.length() + headerChars + etag.length());
        }

        /** The plain body, as the page was rendered. */
        public ByteBuf body() {
            return bodies.get(Encoding.IDENTITY);
        }

        /** The coding that suits a request with this {@code Accept-Encoding} best. */
        public Encoding encodingFor(String acceptEncoding) {
            return Encoding.best(acceptEncoding, bodies.keySet());
        }

        /** The validator of the bytes stored in {@code encoding}: each coding has its own. */
        public String etag(Encoding encoding) {
            return encoding.tag(etag);
        }

        /** The plain body for one answer, to be released once written; null if the cache freed it meanwhile. */
        public ByteBuf retainedBody() {
            return retainedBody(Encoding.IDENTITY);
        }

        /** The body in {@code encoding} for one answer, to be released once written; null if freed meanwhile. */
        public ByteBuf retainedBody(Encoding encoding) {
            try {
                return bodies.get(encoding).retainedDuplicate();
            } catch (IllegalReferenceCountException e) {
                return null;
            }
        }

        /** A copy of the plain body on the heap; null if the cache freed it meanwhile (a miss). */
        public byte[] copy() {
            return copy(Encoding.IDENTITY);
        }

        /** A copy of the body in {@code encoding} on the heap; null if the cache freed it meanwhile. */
        public byte[] copy(Encoding encoding) {
            ByteBuf b = retainedBody(encoding);
            if (b == null) {
                return null;
            }
            try {
                return ByteBufUtil.getBytes(b);
            } finally {
                b.release();
            }
        }

        void release() {
            bodies.values().forEach(ByteBuf::release);
        }

        /** The body in each of its codings ({@link Compressor#encodings}), each copied off the heap once. */
        static Entry of(Map<String, String> headers, Map<Encoding, byte[]> encodings, String etag) {
            Map<Encoding, ByteBuf> bodies = new EnumMap<>(Encoding.class);
            encodings.forEach((encoding, bytes) -> bodies.put(encoding, offHeap(bytes)));
            return new Entry(Map.copyOf(headers), Collections.unmodifiableMap(bodies), etag);
        }

        static ByteBuf offHeap(byte[] bytes) {
            return Unpooled.directBuffer(bytes.length).writeBytes(bytes).asReadOnly();
        }
    }

    @Inject
    SnapshotHolder snapshots;

    private final Cache<String, Entry> cache;
    private final Cache<String, String> aliases = Caffeine.newBuilder().maximumWeight(ALIAS_BYTES)
            .weigher((String alias, String key) -> OVERHEAD + 2 * (alias.length() + key.length()))
            .executor(Runnable::run).build();
    private volatile long version = -1;

    @Inject
    public PageCache(IndustriemonitorConfig config) {
        cache = Caffeine.newBuilder()
                .maximumWeight(config.pageCacheBytes())
                .weigher((String key, Entry e) -> e.weight(key))
                .executor(Runnable::run)
                .removalListener((String key, Entry e, RemovalCause cause) -> {
                    if (e != null) {
                        e.release();
                    }
                })
                .build();
    }

    /**
     * A weak ETag of a cache key in the current data version, for the plain bytes (each coding's tag is made from
     * it, {@link Encoding#tag}): changes exactly when the data change, and is weak because a page made again for
     * the same key and data (after an eviction, or on another instance) is the same page, not always the same bytes.
     */
    public String etag(String key) {
        return "W/\"" + current().version() + "-" + Integer.toHexString(key.hashCode()) + "\"";
    }

    /** Last-Modified: when the newest release was imported. */
    public Instant lastModified() {
        return current().lastImport();
    }

    public Optional<Entry> get(String key) {
        Snapshot s = current();
        return Optional.ofNullable(cache.getIfPresent(s.version() + " " + key));
    }

    /** The stored answer of the canonical address that {@code key} was last found to spell, if still stored. */
    public Optional<Entry> getByAlias(String key) {
        Snapshot s = current();
        String canonical = aliases.getIfPresent(s.version() + " " + key);
        return canonical == null ? Optional.empty() : Optional.ofNullable(cache.getIfPresent(canonical));
    }

    /** Remembers that {@code alias} asks for the same answer as the canonical {@code key} (current data only). */
    public void alias(String alias, String key) {
        long v = current().version();
        aliases.put(v + " " + alias, v + " " + key);
    }

    /** Stores a fresh answer, compressed once into every coding worth keeping; returns its entry. */
    public Entry put(String key, Map<String, String> headers, byte[] body, String etag) {
        return put(key, headers, Compressor.encodings(body, headers.get("Content-Type"), Compressor.PAGE_QUALITY), etag);
    }

    /** Stores a fresh answer in the codings given ({@link Compressor#encodings}, the plain bytes among them). */
    public Entry put(String key, Map<String, String> headers, Map<Encoding, byte[]> encodings, String etag) {
        Entry entry = Entry.of(headers, encodings, etag);
        cache.put(current().version() + " " + key, entry);
        return entry;
    }

    /** The bytes the stored answers weigh now, as the bound counts them. */
    public long weight() {
        cache.cleanUp();
        return cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    private Snapshot current() {
        Snapshot s = snapshots.current();
        if (s.version() != version) {
            // entries of an older version can never be asked for again
            cache.invalidateAll();
            aliases.invalidateAll();
            version = s.version();
        }
        return s;
    }
}
