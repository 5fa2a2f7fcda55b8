package nl.industriemonitor.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.StatelessSession;
import org.jboss.logging.Logger;

import nl.industriemonitor.data.Branch;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DatabaseCommands;
import nl.industriemonitor.data.Release;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.data.SnapshotLoader;

/**
 * Stores validated releases: all batches of one import in one transaction, each release once
 * (by content checksum), then swaps in a new snapshot so pages see the import whole or not at all.
 * The new snapshot is the old one plus what was stored; it decides which figures each new release
 * shares with the releases around it and so which rows to write, and is published only after the commit.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    /** What one import did. */
    public record Result(List<Long> addedReleaseIds, int unchangedReleases, int cellsAdded) {
        public boolean changedAnything() {
            return !addedReleaseIds.isEmpty();
        }
    }

    /** One release written in this import, with the branches it added, for the next snapshot. */
    private record Written(ReleaseInfo release, ReleaseBatch batch, List<BranchInfo> newBranches) {
    }

    /**
     * What the transaction did and the snapshot it leads to. {@code checksumNanos} is the time spent fingerprinting;
     * {@code shareNanos} the time until every figure was shared with the stored releases, and {@code rowsNanos} the
     * time until every row was written, both from the start of the sharing (rows are written while it goes on).
     */
    private record Stored(Result result, Snapshot next, long checksumNanos, long shareNanos, long rowsNanos) {
    }

    private final BranchCatalogue catalogue = BranchCatalogue.bundled();

    @Inject
    DatabaseCommands database;

    @Inject
    StatelessSession stateless;

    @Inject
    SnapshotHolder snapshots;

    public BranchCatalogue catalogue() {
        return catalogue;
    }

    /** One import at a time, so that two imports of the same content cannot both pass the checksum test. */
    public Result store(List<ReleaseBatch> batches, String what) throws ImportRejectedException {
        return store(batches, what, what);
    }

    /**
     * Stores the batches as new releases, noting {@code importedBy} (an administrator's name, or the
     * process that imported them) on each.
     */
    public synchronized Result store(List<ReleaseBatch> batches, String what, String importedBy)
            throws ImportRejectedException {
        long started = System.nanoTime();
        checkStorable(batches);
        Snapshot current = snapshots.current();
        long checked = System.nanoTime();
        Stored stored = QuarkusTransaction.requiringNew().call(() -> storeAll(batches, importedBy, current));
        long committed = System.nanoTime();
        Result result = stored.result();
        if (result.changedAnything()) {
            flushToDisk();
        }
        long flushed = System.nanoTime();
        LOG.infof("Import of %s: %d new releases (%d figures), %d already stored", what,
                result.addedReleaseIds().size(), result.cellsAdded(), result.unchangedReleases());
        if (result.changedAnything()) {
            snapshots.publish(current, stored.next());
        }
        long published = System.nanoTime();
        // sharing and rows overlap (rows are written while the next series are shared): "rows" runs from the start
        // of the sharing to the last row written, and contains it
        LOG.infof("Import of %s took %d ms: checks %d, checksums %d, sharing %d, rows %d, commit %d, flush %d, snapshot %d",
                what, ms(published - started), ms(checked - started), ms(stored.checksumNanos()),
                ms(stored.shareNanos()), ms(stored.rowsNanos()),
                ms(committed - checked - stored.checksumNanos() - stored.rowsNanos()),
                ms(flushed - committed), ms(published - flushed));
        return result;
    }

    /**
     * H2 writes committed changes to its file up to a second later (MVStore auto-commit delay); an
     * import is acknowledged (logged, shown, served) only once it is in the file, so that a kill -9
     * right after the acknowledgement loses nothing. Other databases make a commit durable themselves.
     */
    private void flushToDisk() {
        try {
            QuarkusTransaction.requiringNew().run(database::flushToDisk);
        } catch (RuntimeException e) {
            // committed all the same: the next automatic write keeps it unless the process dies first
            LOG.warnf("Could not flush the import to disk at once: %s", e.getMessage());
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** What the database cannot hold exactly is refused before anything is written, never rounded. */
    private static void checkStorable(List<ReleaseBatch> batches) throws ImportRejectedException {
        List<ImportProblem> problems = new ArrayList<>();
        for (ReleaseBatch batch : batches) {
            for (ImportedCell cell : batch.cells()) {
                BigDecimal amount = cell.amount();
                // digits before the point do not change with trailing zeros: only a scale over 4 needs them stripped
                if (amount.scale() > 4) {
                    amount = amount.stripTrailingZeros();
                }
                if (amount.scale() > 4 || amount.precision() - amount.scale() > 10) {
                    problems.add(new ImportProblem(cell.origin(), cell.measure().code, "value " + cell.amount()
                            + " has more than 4 decimals or 10 digits before the decimal point"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
    }

    private Stored storeAll(List<ReleaseBatch> batches, String importedBy, Snapshot current) {
        // what a new release repeats is stored as shared with the releases around it: that needs exactly what
        // the database holds, so a snapshot behind it (another instance imported meanwhile) is read again first
        Snapshot base = holdsExactly(current) ? current : SnapshotLoader.read();
        Set<String> branches = new HashSet<>(Branch.codes());
        List<Written> written = new ArrayList<>();
        int unchanged = 0;
        long checksumNanos = 0;
        for (ReleaseBatch batch : batches) {
            long before = System.nanoTime();
            String checksum = ReleaseChecksum.of(batch);
            checksumNanos += System.nanoTime() - before;
            if (Release.withContent(batch.dataset(), checksum)) {
                unchanged++;
                continue;
            }
            List<BranchInfo> newBranches = insertMissingBranches(batch, branches);
            written.add(new Written(insertRelease(batch, checksum, importedBy), batch, newBranches));
        }
        List<Long> ids = new ArrayList<>();
        int cells = 0;
        for (Written w : written) {
            CellWriter.checkDistinct(w.batch().cells());
            ids.add(w.release().id());
            cells += w.batch().cells().size();
        }
        if (written.isEmpty()) {
            return new Stored(new Result(ids, unchanged, cells), base, checksumNanos, 0, 0);
        }
        long shareStarted = System.nanoTime();
        Snapshot.Builder builder = extend(base, written);
        long given = System.nanoTime() - shareStarted;
        CellWriter.Shared shared = CellWriter.writeWhileSharing(stateless, builder);
        return new Stored(new Result(ids, unchanged, cells), shared.next(), checksumNanos, given + shared.shareNanos(),
                given + shared.rowsNanos());
    }

    /** Whether {@code base} shows exactly the releases and branches stored now, so that it can be extended. */
    private static boolean holdsExactly(Snapshot base) {
        Release.Count stored = Release.stored();
        return stored.releases() == base.releaseCount() && stored.newestId() == base.version()
                && Branch.count() == base.latest().branches().size();
    }

    /** The stored snapshot plus the written releases: building it works out the rows to store ({@code CellWriter}). */
    private static Snapshot.Builder extend(Snapshot base, List<Written> written) {
        long version = base.version();
        for (Written w : written) {
            version = Math.max(version, w.release().id());
        }
        Snapshot.Builder builder = base.extend(version);
        for (Written w : written) {
            w.newBranches().forEach(builder::branch);
            builder.release(w.release());
            long id = w.release().id();
            for (ImportedCell cell : w.batch().cells()) {
                builder.observation(id, cell.branchCode(), cell.month(), cell.measure(),
                        Snapshot.asPublished(cell.amount()), cell.status(), cell.source());
            }
        }
        return builder;
    }

    private List<BranchInfo> insertMissingBranches(ReleaseBatch batch, Set<String> known) {
        List<BranchInfo> added = new ArrayList<>();
        for (ImportedCell cell : batch.cells()) {
            if (!known.contains(cell.branchCode())) {
                BranchInfo info = catalogue.byCode(cell.branchCode()).orElseGet(() -> unknownBranch(cell));
                Branch.of(info).persist();
                known.add(info.code());
                added.add(info);
            }
        }
        if (!added.isEmpty()) {
            // the schema's foreign keys need them before the figures that name them
            Branch.flush();
        }
        return added;
    }

    /** A branch CBS has and our catalogue lacks keeps its CBS title, in both languages until translated. */
    private static BranchInfo unknownBranch(ImportedCell cell) {
        String name = BranchTitle.parse(cell.branchTitle()).map(BranchTitle::name)
                .orElse(cell.branchTitle() == null || cell.branchTitle().isBlank() ? cell.branchCode() : cell.branchTitle());
        return new BranchInfo(cell.branchCode(), name, null, BranchInfo.TOTAL, false, 800);
    }

    private static ReleaseInfo insertRelease(ReleaseBatch batch, String checksum, String importedBy) {
        Release release = new Release();
        release.dataset = batch.dataset();
        release.published = batch.published();
        release.publishedExact = batch.publishedExact();
        release.source = batch.source();
        // the column keeps microseconds: the snapshot holds the instant it will read back
        release.importedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        release.checksum = checksum;
        release.cellCount = batch.cells().size();
        release.importedBy = importedBy;
        release.sourceModified = batch.sourceModified();
        // the id comes from the database's identity column: the insert goes out now
        release.persist();
        return release.info();
    }
}
