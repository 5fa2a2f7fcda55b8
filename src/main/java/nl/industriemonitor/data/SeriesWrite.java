package nl.industriemonitor.data;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import writes for one release's series, as {@link Snapshot.Builder#writes()} worked it out: a new row
 * ({@code newRow}: the months the release published, as a range less {@code absent} when {@code heldFrom} is given, and the entries
 * that differ from the release before), or entries to add to the row a later release stored before.
 */
public record SeriesWrite(long releaseId, String branch, Measure measure, YearMonth heldFrom, YearMonth heldTo,
                          List<YearMonth> absent, List<Entry> entries, boolean newRow) {

    /** One figure to store: {@code source} null means the release's own. */
    public record Entry(YearMonth month, BigDecimal amount, FigureStatus status, String source) {
    }

    static SeriesWrite of(String branch, Measure measure, Series.Write write) {
        List<Entry> entries = new ArrayList<>(write.entries().size());
        write.entries().forEach((month, value) -> entries.add(new Entry(month, value.amount(), value.status(),
                value.ownSource())));
        Series.Holding holding = write.holding();
        boolean ranged = holding != null && holding.ranged();
        return new SeriesWrite(write.release().id(), branch, measure, ranged ? holding.from() : null,
                ranged ? holding.to() : null, ranged ? List.of(holding.absent()) : List.of(), List.copyOf(entries),
                write.newRow());
    }
}
