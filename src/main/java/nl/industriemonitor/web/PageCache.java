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
 * Rendered responses (pages, downloads, previews) by URL and data version. The data change about
 * once a month, so a page for given parameters is rendered once and then served like a file;
 * a new snapshot version empties the cache.
 */
@ApplicationScoped
public class PageCache {

    /** One stored answer: status 200, its headers as sent, its body, and its validator. */
    public record Entry(Map<String, String> headers, byte[] body, String etag) {
    }

    @Inject
    SnapshotHolder snapshots;

    private final Cache<String, Entry> cache;
    private volatile long version = -1;

    @Inject
    public PageCache(IndustriemonitorConfig config) {
        cache = Caffeine.newBuilder()
                .maximumWeight(config.pageCacheBytes())
                .weigher((String key, Entry e) -> key.length() + e.body().length + 512)
                .build();
    }

    /** ETag of a URL in the current data version: changes exactly when the data change. */
    public String etag(String uri) {
        return "\"" + current().version() + "-" + Integer.toHexString(uri.hashCode()) + "\"";
    }

    /** Last-Modified: when the newest release was imported. */
    public Instant lastModified() {
        return current().lastImport();
    }

    public Optional<Entry> get(String uri) {
        Snapshot s = current();
        return Optional.ofNullable(cache.getIfPresent(s.version() + " " + uri));
    }

    public void put(String uri, Entry entry) {
        cache.put(current().version() + " " + uri, entry);
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
