package nl.industriemonitor.imports;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.StatelessSession;
import org.hibernate.exception.ConstraintViolationException;

import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ObservationSeries;
import nl.industriemonitor.data.SeriesWrite;

/**
 * Writes the series rows an import worked out ({@link SeriesWrite}) inside the import's transaction: a full CBS
 * table is about 200 rows, inserted in JDBC batches, instead of 83 000, and of each row only the months the
 * release changed. Through the transaction's stateless session: nothing reads these rows back in the import, so
 * they need no place in the persistence context, which would copy every array on insert and compare it again at
 * the commit.
 */
final class CellWriter {

    private record Series(String branchCode, Measure measure) {
    }

    private CellWriter() {
    }

    static void write(StatelessSession session, List<SeriesWrite> writes) {
        List<ObservationSeries> rows = new ArrayList<>();
        for (SeriesWrite write : writes) {
            if (write.newRow()) {
                rows.add(ObservationSeries.of(write));
            }
        }
        session.insertMultiple(rows);
        for (SeriesWrite write : writes) {
            if (!write.newRow()) {
                // a release dated before one stored earlier: the later one now stores what it inherited
                ObservationSeries row = session.get(ObservationSeries.class,
                        new ObservationSeries.Key(write.releaseId(), write.branch(), write.measure()));
                row.add(write.entries());
                session.update(row);
            }
        }
    }

    /**
     * The same month twice in one series of a release is refused, as the unique key of one row per figure
     * refused it before.
     */
    static void checkDistinct(List<ImportedCell> cells) {
        Map<Series, Map<YearMonth, ImportedCell>> series = new HashMap<>();
        for (ImportedCell cell : cells) {
            ImportedCell earlier = series.computeIfAbsent(new Series(cell.branchCode(), cell.measure()),
                    s -> new HashMap<>()).putIfAbsent(cell.month(), cell);
            if (earlier != null) {
                String message = "one release holds two figures for " + cell.branchCode() + ", " + cell.month() + ", "
                        + cell.measure().code + " (" + earlier.origin() + " and " + cell.origin() + ")";
                throw new ConstraintViolationException(message,
                        new SQLIntegrityConstraintViolationException(message, "23505"), "pk_observation_series");
            }
        }
    }
}
