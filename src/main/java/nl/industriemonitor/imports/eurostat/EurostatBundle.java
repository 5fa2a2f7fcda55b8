package nl.industriemonitor.imports.eurostat;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import nl.industriemonitor.imports.BundledFile;
import nl.industriemonitor.imports.ImportRejectedException;

/**
 * Eurostat's figures shipped with the app (SOURCES.md H) as one release, dated by their source: the files are
 * Eurostat's state of mid February 2026 as committed on 2026-02-20, so that date, not exact. Stored once: a
 * start with the same files costs one small query, and the release is stored only if its content is new.
 */
@ApplicationScoped
public class EurostatBundle {

    private static final Logger LOG = Logger.getLogger(EurostatBundle.class);
    static final List<String> DIVISIONS = List.of("C10", "C11", "C12", "C17", "C18", "C20", "C21", "C22");
    static final String FOLDER = "data/eurostat/";
    /** SOURCES.md H, by its heading, as the CBS full table is named by its own. */
    public static final String SOURCE = "Eurostat sts_inpr_m 2026-02 (sofiane8910/eurostat-market-intelligence 8ae6ae0)";
    static final LocalDate PUBLISHED = LocalDate.of(2026, 2, 20);
    static final String BY = "bundled Eurostat figures";

    @Inject
    EurostatStore store;

    /**
     * Stores the bundled release unless these very files were imported before; true when a release was stored.
     * The caller holds the import lock; no snapshot is published: the start reads the database afterwards.
     */
    public boolean importIfNew() throws IOException, ImportRejectedException {
        Map<String, byte[]> files = files();
        Map<String, String> fingerprints = new LinkedHashMap<>();
        files.forEach((name, content) -> fingerprints.put(name, sha256(content)));
        Map<String, String> stored = QuarkusTransaction.requiringNew().call(BundledFile::fingerprints);
        if (stored.entrySet().containsAll(fingerprints.entrySet())) {
            LOG.info("Bundled Eurostat figures already imported (same files); nothing to read");
            return false;
        }
        EurostatRelease release = read(files);
        EurostatStore.Stored result = store.store(release, BY);
        LOG.infof("Import of bundled Eurostat figures: %s (%d figures read, %d stored)",
                result.changedAnything() ? "a new release" : "already stored", result.received(), result.figures());
        QuarkusTransaction.requiringNew().run(() -> BundledFile.remember(fingerprints));
        return result.changedAnything();
    }

    /** The bundled release as read from the files, for tests and for the start. */
    public static EurostatRelease read(Map<String, byte[]> files) throws ImportRejectedException {
        try {
            return new EurostatRelease(PUBLISHED, false, SOURCE, null, EurostatCsvReader.read(files));
        } catch (ImportRejectedException e) {
            // our own shipped files: a refusal is a bug in the release, so it stops the start
            LOG.errorf("The bundled Eurostat files were refused: %s", e.getMessage());
            throw e;
        }
    }

    public static Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String division : DIVISIONS) {
            String name = FOLDER + "sts_inpr_m_" + division + ".csv";
            try (InputStream in = EurostatBundle.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException(name + " is missing from the application");
                }
                files.put(name, in.readAllBytes());
            }
        }
        return files;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
