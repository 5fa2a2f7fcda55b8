package nl.industriemonitor.analysis.summary;

import java.time.Instant;
import java.util.List;

import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.imports.BranchCatalogue;
import nl.industriemonitor.imports.BundledSnapshot;
import nl.industriemonitor.imports.ImportedCell;
import nl.industriemonitor.imports.ReleaseBatch;

/** The real bundled CBS production figures (with the full table of 2025-04-10) as a snapshot, without a database. */
public final class BundledData {

    private BundledData() {
    }

    private static Snapshot cached;

    /** Read once per test run: the snapshot is immutable, and the full table takes a moment to parse. */
    public static synchronized Snapshot snapshot() throws Exception {
        if (cached == null) {
            cached = read();
        }
        return cached;
    }

    private static Snapshot read() throws Exception {
        BranchCatalogue catalogue = BranchCatalogue.bundled();
        List<ReleaseBatch> batches = BundledSnapshot.bundledProduction(catalogue);
        Snapshot.Builder builder = Snapshot.builder(batches.size());
        catalogue.all().forEach(builder::branch);
        long id = 0;
        for (ReleaseBatch batch : batches) {
            builder.release(new ReleaseInfo(++id, batch.dataset(), batch.published(), batch.publishedExact(),
                    batch.source(), Instant.EPOCH));
            for (ImportedCell c : batch.cells()) {
                builder.observation(id, c.branchCode(), c.month(), c.measure(), c.amount(), c.status(), c.source());
            }
        }
        return builder.build();
    }
}
