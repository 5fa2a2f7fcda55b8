package nl.industriemonitor.web;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.industriemonitor.IndustriemonitorConfig;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;

/**
 * Rendered responses (pages, downloads, previews) by canonical address and data version. The data change about
 * once a month, so a page for given parameters is rendered once and then served like a file; a new snapshot
 * version empties the cache. Its memory is bounded in bytes: bodies, keys and headers are all weighed.
 */
@ApplicationScoped
public class PageCache {

    /** What a stored answer costs beyond its body, key and headers: the entry, the map and the cache's node. */
    static final int OVERHEAD = 256;

    /** One stored answer: status 200, its headers as sent, its body, and its (weak) validator. */
    public record Entry(Map<String, String> headers, byte[] body, String etag) {

        int weight(String key) {
            int headerChars = headers.entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length()).sum();
            return OVERHEAD + body.length + 2 * (key.length() + headerChars + etag.length());
        }
    }

    @Inject
    SnapshotHolder snapshots;

    private final Cache<String, Entry> cache;
    private volatile long version = -1;

    @Inject
    public PageCache(IndustriemonitorConfig config) {
        cache = Caffeine.newBuilder()
                .maximumWeight(config.pageCacheBytes())
                .weigher((String key, Entry e) -> e.weight(key))
                .build();
    }

    /**
     * A weak ETag of a cache key in the current data version: changes exactly when the data change, and is
     * weak because the same entry goes out compressed or plain (Vert.x compresses on the way out).
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

    public void put(String key, Entry entry) {
        cache.put(current().version() + " " + key, entry);
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
            version = s.version();
        }
        return s;
    }
}
