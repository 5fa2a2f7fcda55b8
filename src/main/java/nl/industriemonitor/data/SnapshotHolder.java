package nl.industriemonitor.data;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/** Hands every request the current snapshot; a reload builds a new one and swaps it in at once. */
@ApplicationScoped
public class SnapshotHolder {

    private static final Logger LOG = Logger.getLogger(SnapshotHolder.class);

    @Inject
    SnapshotLoader loader;

    private final AtomicReference<Snapshot> current = new AtomicReference<>(Snapshot.empty());

    // done once the first snapshot was read or published at start: nothing to catch up with before that
    private final CompletableFuture<Void> firstLoad = new CompletableFuture<>();

    public Snapshot current() {
        return current.get();
    }

    /** Whether the data were read at start; before that, {@link #current()} is empty. */
    public boolean loaded() {
        return firstLoad.isDone() && !firstLoad.isCompletedExceptionally();
    }

    /** Completes when the data were first read, or fails with the reason they could not be. */
    public CompletableFuture<Void> firstLoad() {
        return firstLoad.copy();
    }

    /** The start could not read the data: whoever waits for them hears why. */
    public void failed(Throwable why) {
        firstLoad.completeExceptionally(why);
    }

    /**
     * Reads the data again if the database holds releases this snapshot lacks (another instance stored
     * them); one small query otherwise.
     */
    public synchronized Snapshot catchUp() {
        Snapshot snapshot = current.get();
        if (!loaded()) {
            return snapshot;
        }
        SnapshotLoader.Stored stored = loader.stored();
        if (stored.shownBy(snapshot)) {
            return snapshot;
        }
        LOG.infof("The database holds %d releases up to id %d, this instance serves %d up to %d; reading it again",
                stored.releases(), stored.version(), snapshot.releaseCount(), snapshot.version());
        return reload();
    }

    /** Rebuilds from the database; readers keep the old snapshot until the new one is complete. */
    public synchronized Snapshot reload() {
        long started = System.nanoTime();
        Snapshot fresh = loader.load();
        current.set(fresh);
        firstLoad.complete(null);
        LOG.infof("Data snapshot version %d loaded: %d releases, %d branches (%d ms)", fresh.version(),
                fresh.releases().size(), fresh.latest().branches().size(), (System.nanoTime() - started) / 1_000_000);
        return fresh;
    }

    /**
     * Publishes {@code next}, built on top of {@code base} after a committed import, if nothing else
     * was published since; otherwise reads the database again, which then holds both.
     */
    public synchronized Snapshot publish(Snapshot base, Snapshot next) {
        if (current.get() != base) {
            LOG.info("Another data change was published during the import; reading the database again");
            return reload();
        }
        current.set(next);
        firstLoad.complete(null);
        LOG.infof("Data snapshot version %d published: %d releases, %d branches", next.version(),
                next.releases().size(), next.latest().branches().size());
        return next;
    }
}
