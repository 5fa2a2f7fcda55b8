package nl.industriemonitor.imports.eurostat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.StatelessSession;
import org.jboss.logging.Logger;

import nl.industriemonitor.data.DatabaseCommands;
import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.EuropeData;
import nl.industriemonitor.data.EuropeSeries;
import nl.industriemonitor.data.Release;

/**
 * Stores a Eurostat release with the same bookkeeping as CBS's: one {@code data_release} row with provenance and
 * content checksum, its figures in {@code europe_series}, all in one transaction (the caller holds the import
 * lock, {@link nl.industriemonitor.cluster.ImportLock}, as for CBS's imports), the same
 * content never twice. A release holds what it adds or revises: a figure equal to the one already stored stays
 * with the release that first published it, so a daily refresh adds rows only when Eurostat changed something.
 * CBS's releases and figures are never touched.
 */
@ApplicationScoped
public class EurostatStore {

    private static final Logger LOG = Logger.getLogger(EurostatStore.class);

    /** What one store did: the new release's id (null when nothing was new) and the figures it holds. */
    public record Stored(Long releaseId, int figures, int received) {
        public boolean changedAnything() {
            return releaseId != null;
        }
    }

    private record Series(String nace, String geo) {
    }

    @Inject
    StatelessSession stateless;

    @Inject
    DatabaseCommands database;

    /** Stores what {@code release} adds; the caller publishes a new snapshot when it changed anything. */
    public Stored store(EurostatRelease release, String importedBy) {
        String checksum = checksum(release);
        Stored stored = QuarkusTransaction.requiringNew().call(() -> write(release, checksum, importedBy));
        if (stored.changedAnything()) {
            try {
                // acknowledged only once on disk, as CBS's imports (ImportService.flushToDisk)
                QuarkusTransaction.requiringNew().run(database::flushToDisk);
            } catch (RuntimeException e) {
                LOG.warnf("Could not flush the Eurostat import to disk at once: %s", e.getMessage());
            }
        }
        return stored;
    }

    private Stored write(EurostatRelease release, String checksum, String importedBy) {
        int received = release.cells().size();
        if (Release.withContent(Dataset.EUROSTAT_PRODUCTION, checksum)) {
            return new Stored(null, 0, received);
        }
        List<EurostatCell> fresh = newOrRevised(release.cells());
        if (fresh.isEmpty()) {
            return new Stored(null, 0, received);
        }
        Release row = new Release();
        row.dataset = Dataset.EUROSTAT_PRODUCTION;
        row.published = release.published();
        row.publishedExact = release.publishedExact();
        row.source = release.source();
        row.importedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        row.checksum = checksum;
        row.cellCount = fresh.size();
        row.importedBy = importedBy;
        row.sourceModified = release.sourceModified();
        row.persist();
        stateless.insertMultiple(rows(row.id, fresh));
        return new Stored(row.id, fresh.size(), received);
    }

    /** The figures that differ from the latest stored vintage of the same month, country and division. */
    private static List<EurostatCell> newOrRevised(List<EurostatCell> cells) {
        EuropeData.Builder builder = EuropeData.builder();
        Release.<Release>list("dataset", Dataset.EUROSTAT_PRODUCTION).forEach(r -> builder.release(r.info()));
        EuropeSeries.all().forEach(builder::series);
        EuropeData.View latest = builder.build().asOf(null);
        return cells.stream().filter(c -> latest.figure(c.nace(), c.geo(), c.month())
                .map(f -> !c.sameAs(f.amount(), f.flag())).orElse(true)).toList();
    }

    private static List<EuropeSeries> rows(long releaseId, List<EurostatCell> cells) {
        Map<Series, TreeMap<java.time.YearMonth, EurostatCell>> bySeries = new LinkedHashMap<>();
        cells.forEach(c -> bySeries.computeIfAbsent(new Series(c.nace(), c.geo()), s -> new TreeMap<>()).put(c.month(), c));
        List<EuropeSeries> rows = new ArrayList<>();
        bySeries.forEach((series, months) -> {
            EuropeSeries row = new EuropeSeries();
            row.id = new EuropeSeries.Key(releaseId, series.nace(), series.geo());
            row.periodMonths = months.keySet().stream().map(m -> m.atDay(1)).toArray(LocalDate[]::new);
            row.amounts = months.values().stream().map(EurostatCell::amount).toArray(BigDecimal[]::new);
            boolean flagged = months.values().stream().anyMatch(c -> c.flag() != null);
            row.flags = flagged ? months.values().stream().map(EurostatCell::flag).toArray(String[]::new) : null;
            rows.add(row);
        });
        return rows;
    }

    /** SHA-256 over the whole content as received, sorted: the same answer twice is recognised. */
    static String checksum(EurostatRelease release) {
        List<String> lines = new ArrayList<>(release.cells().size());
        for (EurostatCell c : release.cells()) {
            lines.add(c.nace() + '|' + c.geo() + '|' + c.month() + '|' + c.amount().stripTrailingZeros().toPlainString()
                    + '|' + (c.flag() == null ? "" : c.flag()));
        }
        lines.sort(null);
        StringBuilder text = new StringBuilder(Dataset.EUROSTAT_PRODUCTION + "|" + release.published() + "\n");
        lines.forEach(line -> text.append(line).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
