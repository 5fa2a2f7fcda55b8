package nl.industriemonitor.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import nl.industriemonitor.IndustriemonitorConfig;
import nl.industriemonitor.data.SnapshotHolder;

/**
 * Fills a fresh database from the real CBS figures shipped with the app, then builds the first
 * snapshot and, if configured, asks CBS for the whole table in the background.
 */
@ApplicationScoped
public class BundledSnapshot {

    private static final Logger LOG = Logger.getLogger(BundledSnapshot.class);
    static final String PRODUCTION = "data/cbs-85806NED-monthly.csv";
    static final String PRODUCER_CONFIDENCE = "data/cbs-81234NED-producer-confidence.csv";

    @Inject
    ImportService imports;

    @Inject
    SnapshotHolder snapshots;

    @Inject
    CbsRefresh cbs;

    @Inject
    IndustriemonitorConfig config;

    void onStart(@Observes StartupEvent event) throws IOException, ImportRejectedException {
        boolean changed = false;
        if (config.bundled().load()) {
            List<ReleaseBatch> batches = new ArrayList<>(read(PRODUCTION, CsvLayout.PRODUCTION));
            batches.addAll(read(PRODUCER_CONFIDENCE, CsvLayout.PRODUCER_CONFIDENCE));
            changed = imports.store(batches, "bundled CBS figures").changedAnything();
        }
        if (!changed) {
            snapshots.reload();
        }
        if (config.cbs().refreshOnStart()) {
            Thread refresh = new Thread(cbs::refresh, "cbs-refresh-at-start");
            refresh.setDaemon(true);
            refresh.start();
        }
    }

    /** Our own shipped files: a refusal is a bug in the release, so it stops the start. */
    private List<ReleaseBatch> read(String resource, CsvLayout layout) throws IOException, ImportRejectedException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the application");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return new CsvReleaseReader(layout, imports.catalogue()).read(reader);
        } catch (ImportRejectedException e) {
            LOG.errorf("The bundled file %s was refused: %s", resource, e.getMessage());
            throw e;
        }
    }
}
