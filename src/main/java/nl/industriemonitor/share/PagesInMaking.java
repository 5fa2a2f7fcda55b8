package nl.industriemonitor.share;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.industriemonitor.IndustriemonitorConfig;
import nl.industriemonitor.data.SnapshotHolder;

/**
 * Makes an answer once however many requests ask for it while it is being made: the later ones wait and send the
 * same bytes, as they would from the page cache a moment later, instead of making it again beside the first.
 */
@ApplicationScoped
class PagesInMaking {

    private final Map<String, CompletableFuture<Object>> making = new ConcurrentHashMap<>();

    @Inject
    SnapshotHolder snapshots;

    @Inject
    IndustriemonitorConfig config;

    /**
     * What {@code make} makes for the cache key {@code key} in the current data, or what another request that is
     * making it now makes. The first page after a start is made cold, in half a second or more: a reader who gives up
     * and asks again, or a second reader, would otherwise make it a second time on the other core. A failure is not
     * passed on (the waiter makes its own answer), and no request waits longer than it would for its turn to render
     * ({@code industriemonitor.render.max-wait}).
     */
    Object once(String key, Supplier<Object> make) {
        return once(snapshots.current().version() + " " + key, make, config.render().maxWait().toMillis());
    }

    Object once(String key, Supplier<Object> make, long waitMillis) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> other = making.putIfAbsent(key, mine);
        if (other != null) {
            try {
                return other.get(waitMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return make.get();
            } catch (ExecutionException | TimeoutException e) {
                return make.get();
            }
        }
        try {
            Object made = make.get();
            mine.complete(made);
            return made;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            making.remove(key, mine);
        }
    }
}
