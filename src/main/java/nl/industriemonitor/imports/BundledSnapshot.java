package nl.industriemonitor.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Quarkus;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import nl.industriemonitor.IndustriemonitorConfig;
import nl.industriemonitor.cluster.ImportLock;
import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.imports.eurostat.EurostatBundle;
import nl.industriemonitor.imports.eurostat.EurostatRefresh;

/**
 * Readies the data at start: migrates the schema, fills a fresh database from the real CBS figures shipped
 * with the app, builds the first snapshot and, if configured, asks CBS for the whole table. This runs
 * beside the rest of Quarkus' start (templates, HTTP server), which on two cores is a second faster.
 */
@ApplicationScoped
public class BundledSnapshot {

    private static final Logger LOG = Logger.getLogger(BundledSnapshot.class);
    static final String PRODUCTION = "data/cbs-85806NED-monthly.csv";
    static final String PRODUCER_CONFIDENCE = "data/cbs-81234NED-producer-confidence.csv";
    /** The whole table as CBS published it on 10 April 2025, in cbsodata's layout (SOURCES.md G). */
    static final String FULL_TABLE = "data/cbs-85806NED-table-2025-04-10.csv";
    static final CbsTableReader.Release FULL_TABLE_RELEASE = new CbsTableReader.Release(LocalDate.of(2025, 4, 10),
            false, "CBS 85806NED table download 2025-04-22 (dertje/cbs_datasets fda6426)");

    @Inject
    ImportService imports;

    @Inject
    SnapshotHolder snapshots;

    @Inject
    CbsRefresh cbs;

    @Inject
    IndustriemonitorConfig config;

    @Inject
    ImportLock importLock;

    @Inject
    Flyway flyway;

    @Inject
    EurostatBundle eurostat;

    @Inject
    EurostatRefresh eurostatRefresh;

    /**
     * Begins when Quarkus sets up the HTTP routes, the earliest point of its start at which the datasource
     * and every bean can be used (Flyway's own migrate-at-start runs just before it); templates, routes and
     * the HTTP server then start beside the data.
     */
    void onStart(@Observes Router routesBeingSetUp) throws Exception {
        if (!config.data().loadInBackground()) {
            load();
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                load();
            } catch (Throwable e) {
                // as when a start fails in line: say why and stop, rather than serve without data
                LOG.error("Could not ready the data at start; stopping", e);
                snapshots.failed(e);
                Quarkus.asyncExit(1);
            }
        }, "data-load-at-start");
        loader.start();
    }

    private void load() throws Exception {
        flyway.migrate();
        // under the import lock: instances started together on a fresh database import the files once
        boolean changed = config.bundled().load() && importLock.exclusively(this::importBundled);
        // Eurostat's files after CBS's: their release is stored beside, then the database is read whole
        boolean europe = config.bundled().load() && importLock.exclusively(eurostat::importIfNew);
        if (!changed || europe) {
            snapshots.reload();
        }
        if (config.cbs().refreshOnStart()) {
            Thread refresh = new Thread(cbs::refresh, "cbs-refresh-at-start");
            refresh.setDaemon(true);
            refresh.start();
        }
        if (config.eurostat().refreshOnStart()) {
            Thread eurostatThread = new Thread(() -> eurostatRefresh.refresh("refresh at start"), "eurostat-refresh-at-start");
            eurostatThread.setDaemon(true);
            eurostatThread.start();
        }
    }

    private boolean importBundled() throws IOException, ImportRejectedException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(PRODUCTION, resource(PRODUCTION));
        files.put(PRODUCER_CONFIDENCE, resource(PRODUCER_CONFIDENCE));
        files.put(FULL_TABLE, resource(FULL_TABLE));
        Map<String, String> fingerprints = new LinkedHashMap<>();
        files.forEach((name, content) -> fingerprints.put(name, sha256(content)));
        // the table remembers Eurostat's files too (EurostatBundle): only these files decide here
        if (QuarkusTransaction.requiringNew().call(BundledFile::fingerprints).entrySet().containsAll(fingerprints.entrySet())) {
            LOG.info("Bundled CBS figures already imported (same files); nothing to read");
            return false;
        }
        List<ReleaseBatch> batches = new ArrayList<>(production(files.get(PRODUCTION), files.get(FULL_TABLE),
                imports.catalogue()));
        batches.addAll(read(PRODUCER_CONFIDENCE, files.get(PRODUCER_CONFIDENCE), CsvLayout.PRODUCER_CONFIDENCE,
                imports.catalogue()));
        boolean changed = imports.store(batches, "bundled CBS figures").changedAnything();
        QuarkusTransaction.requiringNew().run(() -> BundledFile.remember(fingerprints));
        return changed;
    }

    private static byte[] resource(String resource) throws IOException {
        try (InputStream in = BundledSnapshot.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the application");
            }
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The production releases of the files shipped with the app, as a fresh start stores them. */
    public static List<ReleaseBatch> bundledProduction(BranchCatalogue catalogue) throws IOException,
            ImportRejectedException {
        return production(resource(PRODUCTION), resource(FULL_TABLE), catalogue);
    }

    /**
     * The production releases: the compiled figures, with the full table merged into their release of the
     * same date (2025-04-10), each figure keeping its own source. A figure the two give differently stops it.
     */
    static List<ReleaseBatch> production(byte[] compiled, byte[] table, BranchCatalogue catalogue)
            throws ImportRejectedException {
        List<ReleaseBatch> batches = new ArrayList<>(read(PRODUCTION, compiled, CsvLayout.PRODUCTION, catalogue));
        try {
            batches.add(new CbsTableReader(catalogue).read(utf8(table), FULL_TABLE_RELEASE).batch());
            return ReleaseMerger.merge(Dataset.PRODUCTION, batches);
        } catch (ImportRejectedException e) {
            LOG.errorf("The bundled file %s was refused: %s", FULL_TABLE, e.getMessage());
            throw e;
        }
    }

    private static Reader utf8(byte[] content) {
        return new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
    }

    /** Our own shipped files: a refusal is a bug in the release, so it stops the start. */
    private static List<ReleaseBatch> read(String resource, byte[] content, CsvLayout layout, BranchCatalogue catalogue)
            throws ImportRejectedException {
        try {
            return new CsvReleaseReader(layout, catalogue).read(utf8(content));
        } catch (ImportRejectedException e) {
            LOG.errorf("The bundled file %s was refused: %s", resource, e.getMessage());
            throw e;
        }
    }
}
