package nl.industriemonitor.analysis.summary;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.imports.BranchCatalogue;
import nl.industriemonitor.imports.CsvLayout;
import nl.industriemonitor.imports.CsvReleaseReader;
import nl.industriemonitor.imports.ImportedCell;
import nl.industriemonitor.imports.ReleaseBatch;

/** The real bundled CBS figures as a snapshot, without a database, for analysis tests. */
public final class BundledData {

    private BundledData() {
    }

    public static Snapshot snapshot() throws Exception {
        BranchCatalogue catalogue = BranchCatalogue.bundled();
        List<ReleaseBatch> batches;
        try (Reader r = new InputStreamReader(BundledData.class.getClassLoader()
                .getResourceAsStream("data/cbs-85806NED-monthly.csv"), StandardCharsets.UTF_8)) {
            batches = new CsvReleaseReader(CsvLayout.PRODUCTION, catalogue).read(r);
        }
        Snapshot.Builder builder = Snapshot.builder(batches.size());
        catalogue.all().forEach(builder::branch);
        long id = 0;
        for (ReleaseBatch batch : batches) {
            builder.release(new ReleaseInfo(++id, batch.dataset(), batch.published(), batch.publishedExact(),
                    batch.source(), Instant.EPOCH));
            for (ImportedCell c : batch.cells()) {
                builder.observation(id, c.branchCode(), c.month(), c.measure(), c.amount(), c.provisional(), c.source());
            }
        }
        return builder.build();
    }
}
