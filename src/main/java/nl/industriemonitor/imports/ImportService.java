package nl.industriemonitor.imports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import nl.industriemonitor.data.Branch;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Release;
import nl.industriemonitor.data.SnapshotHolder;

/**
 * Stores validated releases: all batches of one import in one transaction, each release once
 * (by content checksum), then swaps in a new snapshot so pages see the import whole or not at all.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final String INSERT = "insert into observation (release_id, branch_code, period_month, measure,"
            + " amount, provisional, source) values (?, ?, ?, ?, ?, ?, ?)";

    /** What one import did. */
    public record Result(List<Long> addedReleaseIds, int unchangedReleases, int cellsAdded) {
        public boolean changedAnything() {
            return !addedReleaseIds.isEmpty();
        }
    }

    private final BranchCatalogue catalogue = BranchCatalogue.bundled();

    @Inject
    DataSource dataSource;

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
        checkStorable(batches);
        Result result = QuarkusTransaction.requiringNew().call(() -> storeAll(batches, importedBy));
        LOG.infof("Import of %s: %d new releases (%d figures), %d already stored", what,
                result.addedReleaseIds().size(), result.cellsAdded(), result.unchangedReleases());
        if (result.changedAnything()) {
            snapshots.reload();
        }
        return result;
    }

    /** What the database cannot hold exactly is refused before anything is written, never rounded. */
    private static void checkStorable(List<ReleaseBatch> batches) throws ImportRejectedException {
        List<ImportProblem> problems = new ArrayList<>();
        for (ReleaseBatch batch : batches) {
            for (ImportedCell cell : batch.cells()) {
                BigDecimal amount = cell.amount().stripTrailingZeros();
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

    private Result storeAll(List<ReleaseBatch> batches, String importedBy) throws SQLException {
        List<Long> added = new ArrayList<>();
        int unchanged = 0;
        int cells = 0;
        for (ReleaseBatch batch : batches) {
            String checksum = ReleaseChecksum.of(batch);
            if (Release.withContent(batch.dataset(), checksum).isPresent()) {
                unchanged++;
                continue;
            }
            ensureBranches(batch);
            Release release = new Release();
            release.dataset = batch.dataset();
            release.published = batch.published();
            release.publishedExact = batch.publishedExact();
            release.source = batch.source();
            release.importedAt = Instant.now();
            release.checksum = checksum;
            release.cellCount = batch.cells().size();
            release.importedBy = importedBy;
            release.sourceModified = batch.sourceModified();
            release.persistAndFlush();
            insertCells(release.id, batch.cells());
            added.add(release.id);
            cells += batch.cells().size();
        }
        return new Result(added, unchanged, cells);
    }

    private void ensureBranches(ReleaseBatch batch) {
        Set<String> seen = new HashSet<>();
        for (ImportedCell cell : batch.cells()) {
            if (seen.add(cell.branchCode()) && Branch.findById(cell.branchCode()) == null) {
                BranchInfo info = catalogue.byCode(cell.branchCode()).orElseGet(() -> unknownBranch(cell));
                Branch.of(info).persistAndFlush();
            }
        }
    }

    /** A branch CBS has and our catalogue lacks keeps its CBS title, in both languages until translated. */
    private static BranchInfo unknownBranch(ImportedCell cell) {
        String name = BranchTitle.parse(cell.branchTitle()).map(BranchTitle::name)
                .orElse(cell.branchTitle() == null || cell.branchTitle().isBlank() ? cell.branchCode() : cell.branchTitle());
        return new BranchInfo(cell.branchCode(), name, null, BranchInfo.TOTAL, false, 800);
    }

    private void insertCells(long releaseId, List<ImportedCell> cells) throws SQLException {
        // Plain JDBC batches: tens of thousands of rows per CBS release, no entity state needed.
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(INSERT)) {
            int pending = 0;
            for (ImportedCell cell : cells) {
                st.setLong(1, releaseId);
                st.setString(2, cell.branchCode());
                st.setDate(3, Date.valueOf(cell.month().atDay(1)));
                st.setString(4, cell.measure().code);
                st.setBigDecimal(5, cell.amount());
                st.setBoolean(6, cell.provisional());
                st.setString(7, cell.source());
                st.addBatch();
                if (++pending == 1000) {
                    st.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                st.executeBatch();
            }
        }
    }
}
