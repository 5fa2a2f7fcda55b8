package nl.industriemonitor.imports;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import nl.industriemonitor.IndustriemonitorConfig;
import nl.industriemonitor.cluster.ImportLock;
import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Release;
import nl.industriemonitor.data.SnapshotHolder;

/**
 * Fetches table 85806NED from the CBS OData feed and stores it as a release when its content is new.
 * Whatever goes wrong, the data already stored keep serving: the import is one transaction and the
 * pages switch to the new data only after it committed.
 */
@ApplicationScoped
public class CbsRefresh {

    private static final Logger LOG = Logger.getLogger(CbsRefresh.class);

    /** How a refresh ended. */
    public enum Outcome {
        /** New content stored as a new release. */
        IMPORTED,
        /** Downloaded, and every figure equals a release already stored. */
        UNCHANGED,
        /** CBS's "last modified" stamp equals the newest stamp imported: nothing downloaded. */
        NOT_MODIFIED,
        /** CBS not reachable, an HTTP error, or a broken answer (e.g. truncated JSON). */
        CBS_UNREACHABLE,
        /** The answer was readable but its content refused (unknown measures, bad rows). */
        REFUSED
    }

    /**
     * One refresh: what happened, in a sentence for the log and the admin page, when and for whom; {@code reason}
     * is the cause of a failure in a few words (for the public notice that the figures may be old), else null.
     */
    public record Report(Outcome outcome, String message, Instant at, String by, String reason) {

        public Report(Outcome outcome, String message, Instant at, String by) {
            this(outcome, message, at, by, null);
        }

        public boolean failed() {
            return outcome == Outcome.CBS_UNREACHABLE || outcome == Outcome.REFUSED;
        }
    }

    @Inject
    ImportService imports;

    @Inject
    SnapshotHolder snapshots;

    @Inject
    ImportLock importLock;

    @Inject
    IndustriemonitorConfig config;

    private final AtomicReference<Report> last = new AtomicReference<>();

    /** The refresh at start: always downloads; stores only content not stored before. */
    public Report refresh() {
        return run("refresh at start", false);
    }

    /** The scheduled refresh: asks CBS for the table's "last modified" stamp first, downloads only when it moved. */
    public Report refreshIfModified(String by) {
        return run(by, true);
    }

    /** "Fetch from CBS now": downloads whatever the stamp says; stores only content not stored before. */
    public Report refreshNow(String by) {
        return run(by, false);
    }

    /** The last refresh this instance ran, if any. */
    public Optional<Report> last() {
        return Optional.ofNullable(last.get());
    }

    private synchronized Report run(String by, boolean onlyWhenModified) {
        Report report = attempt(by, onlyWhenModified);
        last.set(report);
        switch (report.outcome()) {
            case CBS_UNREACHABLE -> LOG.warn(report.message());
            case REFUSED -> LOG.error(report.message());
            default -> LOG.info(report.message());
        }
        return report;
    }

    private Report attempt(String by, boolean onlyWhenModified) {
        var url = config.cbs().baseUrl();
        CbsODataReader reader = new CbsODataReader(url, config.cbs().timeout(), imports.catalogue());
        int serving = snapshots.current().releases().size();
        try {
            if (onlyWhenModified) {
                LocalDateTime modified = reader.modified();
                Optional<LocalDateTime> stored = QuarkusTransaction.requiringNew()
                        .call(() -> Release.lastSourceModified(Dataset.PRODUCTION));
                if (modified != null && stored.isPresent() && !modified.isAfter(stored.get())) {
                    return report(Outcome.NOT_MODIFIED, by, "CBS refresh (%s): table 85806NED last modified %s,"
                            + " already imported; nothing downloaded", by, modified);
                }
            }
            long started = System.nanoTime();
            CbsDownload download = reader.read();
            long read = System.nanoTime();
            ImportService.Result result = importLock.exclusively(
                    () -> imports.store(List.of(download.batch()), "CBS OData " + url, by));
            // the benchmark (bench/run.sh) reads these two timings from the log
            LOG.infof("CBS OData read in %d ms (%d rows, %d figures); stored in %d ms", (read - started) / 1_000_000,
                    download.rowsRead(), download.batch().cells().size(), (System.nanoTime() - read) / 1_000_000);
            if (result.changedAnything()) {
                return report(Outcome.IMPORTED, by, "CBS refresh (%s): table 85806NED modified %s imported as a new"
                        + " release: %d figures", by, download.modified(), result.cellsAdded());
            }
            return report(Outcome.UNCHANGED, by, "CBS refresh (%s): table 85806NED modified %s holds the same figures"
                    + " as a release already stored; nothing added", by, download.modified());
        } catch (IOException e) {
            return failure(Outcome.CBS_UNREACHABLE, by, reason(e), "CBS refresh (%s): CBS OData feed not usable at %s (%s); nothing"
                    + " stored, still serving the %d releases already stored", by, url, e.getMessage(), serving);
        } catch (ImportRejectedException e) {
            return failure(Outcome.REFUSED, by, reason(e), "CBS refresh (%s): data from %s refused, nothing stored; still serving"
                    + " the %d releases already stored: %s", by, url, serving, e.getMessage());
        }
    }

    private static Report report(Outcome outcome, String by, String format, Object... args) {
        return failure(outcome, by, null, format, args);
    }

    private static Report failure(Outcome outcome, String by, String reason, String format, Object... args) {
        return new Report(outcome, String.format(format, args), Instant.now(), by, reason);
    }

    /** The exception's own words, or its kind when it has none (a refused connection often says nothing). */
    private static String reason(Exception e) {
        String text = e.getMessage();
        if (text == null || text.isBlank()) {
            return e.getClass().getSimpleName();
        }
        // a refusal may list hundreds of rows; the notice needs the gist, the log keeps the whole
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
