package nl.industriemonitor.imports;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;

import org.hibernate.StatelessSession;
import org.hibernate.exception.ConstraintViolationException;

import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ObservationSeries;
import nl.industriemonitor.data.SeriesWrite;
import nl.industriemonitor.data.Snapshot;

/**
 * Writes the series rows an import worked out ({@link SeriesWrite}) inside the import's transaction: a full CBS
 * table is about 200 rows, inserted in JDBC batches, instead of 83 000, and of each row only the months the
 * release changed. Through the transaction's stateless session: nothing reads these rows back in the import, so
 * they need no place in the persistence context, which would copy every array on insert and compare it again at
 * the commit.
 */
final class CellWriter {

    private record Series(String branchCode, Measure measure) {
    }

    private CellWriter() {
    }

    /** The snapshot an import leads to, and the time its sharing and its rows took (the two overlap). */
    record Shared(Snapshot next, long shareNanos, long rowsNanos) {
    }

    /** Rows inserted in one call: the JDBC batch size of the session (application.properties). */
    private static final int ROWS_PER_CALL = 50;
    private static final Object DONE = new Object();

    /**
     * Builds the snapshot {@code builder} holds on a second thread while this one, in the import's transaction,
     * writes the rows it works out as they come: on two cores the sharing of a full table and the database's work
     * on its rows run side by side instead of one after the other. A failure on either side fails the import
     * (the transaction rolls back).
     */
    static Shared writeWhileSharing(StatelessSession session, Snapshot.Builder builder) {
        long started = System.nanoTime();
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        CompletableFuture<Snapshot> built = new CompletableFuture<>();
        long[] shareNanos = new long[1];
        Thread sharing = new Thread(() -> {
            try {
                built.complete(builder.build(queue::add));
            } catch (Throwable e) {
                built.completeExceptionally(e);
            } finally {
                shareNanos[0] = System.nanoTime() - started;
                queue.add(DONE);
            }
        }, "import-sharing");
        sharing.setDaemon(true);
        sharing.start();
        List<ObservationSeries> rows = new ArrayList<>(ROWS_PER_CALL);
        List<SeriesWrite> later = new ArrayList<>();
        for (Object next = take(queue); next != DONE; next = take(queue)) {
            SeriesWrite write = (SeriesWrite) next;
            if (!write.newRow()) {
                later.add(write);
                continue;
            }
            rows.add(ObservationSeries.of(write));
            if (rows.size() == ROWS_PER_CALL) {
                session.insertMultiple(rows);
                rows.clear();
            }
        }
        Snapshot next;
        try {
            next = built.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        session.insertMultiple(rows);
        update(session, later);
        // the thread set shareNanos before it said DONE, which this thread has seen
        return new Shared(next, shareNanos[0], System.nanoTime() - started);
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing an import", e);
        }
    }

    /** A release dated before one stored earlier: the later one's row now stores what it inherited. */
    private static void update(StatelessSession session, List<SeriesWrite> writes) {
        for (SeriesWrite write : writes) {
            ObservationSeries row = session.get(ObservationSeries.class,
                    new ObservationSeries.Key(write.releaseId(), write.branch(), write.measure()));
            row.add(write.entries());
            session.update(row);
        }
    }

    /**
     * The same month twice in one series of a release is refused, as the unique key of one row per figure
     * refused it before.
     */
    static void checkDistinct(List<ImportedCell> cells) {
        Map<Series, Map<YearMonth, ImportedCell>> series = new HashMap<>();
        for (ImportedCell cell : cells) {
            ImportedCell earlier = series.computeIfAbsent(new Series(cell.branchCode(), cell.measure()),
                    s -> new HashMap<>()).putIfAbsent(cell.month(), cell);
            if (earlier != null) {
                String message = "one release holds two figures for " + cell.branchCode() + ", " + cell.month() + ", "
                        + cell.measure().code + " (" + earlier.origin() + " and " + cell.origin() + ")";
                throw new ConstraintViolationException(message,
                        new SQLIntegrityConstraintViolationException(message, "23505"), "pk_observation_series");
            }
        }
    }
}
