package nl.industriemonitor.imports;

import java.math.BigDecimal;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hibernate.StatelessSession;
import org.hibernate.exception.ConstraintViolationException;

import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ObservationSeries;

/**
 * Writes a release's figures inside the import's transaction, one {@link ObservationSeries} per branch and
 * measure: a full CBS table is about 200 rows, inserted in JDBC batches, instead of 83 000. Through the
 * transaction's stateless session: nothing reads these rows back in the import, so they need no place in
 * the persistence context, which would copy every array on insert and compare it again at the commit.
 */
final class CellWriter {

    private record Series(String branchCode, Measure measure) {
    }

    private CellWriter() {
    }

    static void write(StatelessSession session, long releaseId, List<ImportedCell> cells) {
        List<ObservationSeries> rows = new ArrayList<>();
        bySeries(cells).forEach((series, figures) -> rows.add(row(releaseId, series, figures.values())));
        session.insertMultiple(rows);
    }

    /**
     * The cells per series, months ascending. The same month twice in one series is refused, as the
     * unique key of one row per figure refused it before.
     */
    private static Map<Series, TreeMap<YearMonth, ImportedCell>> bySeries(List<ImportedCell> cells) {
        Map<Series, TreeMap<YearMonth, ImportedCell>> series = new LinkedHashMap<>();
        for (ImportedCell cell : cells) {
            ImportedCell earlier = series.computeIfAbsent(new Series(cell.branchCode(), cell.measure()),
                    s -> new TreeMap<>()).putIfAbsent(cell.month(), cell);
            if (earlier != null) {
                String message = "one release holds two figures for " + cell.branchCode() + ", " + cell.month() + ", "
                        + cell.measure().code + " (" + earlier.origin() + " and " + cell.origin() + ")";
                throw new ConstraintViolationException(message,
                        new SQLIntegrityConstraintViolationException(message, "23505"), "pk_observation_series");
            }
        }
        return series;
    }

    private static ObservationSeries row(long releaseId, Series series, java.util.Collection<ImportedCell> figures) {
        int n = figures.size();
        ObservationSeries row = new ObservationSeries();
        row.id = new ObservationSeries.Key(releaseId, series.branchCode(), series.measure());
        row.periodMonths = new LocalDate[n];
        row.amounts = new BigDecimal[n];
        row.provisional = new Boolean[n];
        Boolean[] revised = new Boolean[n];
        boolean anyRevised = false;
        row.sources = new String[n];
        int i = 0;
        for (ImportedCell cell : figures) {
            row.periodMonths[i] = cell.month().atDay(1);
            row.amounts[i] = cell.amount();
            row.provisional[i] = cell.provisional();
            revised[i] = cell.status().revisedProvisional();
            anyRevised |= revised[i];
            row.sources[i] = cell.source();
            i++;
        }
        // most series have none: no array to store
        row.revisedProvisional = anyRevised ? revised : null;
        return row;
    }
}
