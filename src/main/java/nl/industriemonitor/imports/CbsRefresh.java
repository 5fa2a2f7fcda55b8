package nl.industriemonitor.imports;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import nl.industriemonitor.IndustriemonitorConfig;
import nl.industriemonitor.data.SnapshotHolder;

/** Fetches table 85806NED from the CBS OData feed and stores it as a release; on failure keeps what is served. */
@ApplicationScoped
public class CbsRefresh {

    private static final Logger LOG = Logger.getLogger(CbsRefresh.class);

    /** How a refresh ended, for logs now and the admin page later. */
    public enum Outcome { IMPORTED, UNCHANGED, CBS_UNREACHABLE, REFUSED }

    @Inject
    ImportService imports;

    @Inject
    SnapshotHolder snapshots;

    @Inject
    IndustriemonitorConfig config;

    public Outcome refresh() {
        var url = config.cbs().baseUrl();
        try {
            long started = System.nanoTime();
            CbsDownload download = new CbsODataReader(url, config.cbs().timeout(), imports.catalogue()).read();
            long read = System.nanoTime();
            ImportService.Result result = imports.store(List.of(download.batch()), "CBS OData " + url);
            // the benchmark (bench/run.sh) reads these two timings from the log
            LOG.infof("CBS OData read in %d ms (%d rows, %d figures); stored in %d ms", (read - started) / 1_000_000,
                    download.rowsRead(), download.batch().cells().size(), (System.nanoTime() - read) / 1_000_000);
            return result.changedAnything() ? Outcome.IMPORTED : Outcome.UNCHANGED;
        } catch (IOException e) {
            LOG.warnf("CBS OData feed not reachable at %s (%s); still serving the %d releases already stored",
                    url, e.getMessage(), snapshots.current().releases().size());
            return Outcome.CBS_UNREACHABLE;
        } catch (ImportRejectedException e) {
            LOG.errorf("CBS OData data from %s refused, nothing stored; still serving the %d releases already stored: %s",
                    url, snapshots.current().releases().size(), e.getMessage());
            return Outcome.REFUSED;
        }
    }
}
